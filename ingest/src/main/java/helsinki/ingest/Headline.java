package helsinki.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The title and subtitle that a text states in its first lines: a short headline-like paragraph
 * first, and a second one right after it. A salutation, a date, a byline or an address is not a
 * headline, so a letter that opens with "Dear…" has none.
 */
record Headline(@Nullable String title, @Nullable String subtitle) {

  static final int TITLE_MAX_WORDS = 30;
  static final int SUBTITLE_MAX_WORDS = 35;

  private static final Pattern NOT_HEADLINE = Pattern.compile(
      "(?i)^(dear|to\\s*:|by\\s|from\\s*:|re\\s*:|subject\\s*:|cc\\s*:)|@|https?://|www\\.|\\b(tel|phone|fax)\\b|©");

  /** A cover page's line that names the document: a report, observations, a resolution, a statement… */
  private static final Pattern DOCUMENT_NAME = Pattern.compile(
      "^(?:(?:Draft|Final|Annual|Joint|Interim)\\s+)?(?:Report|Concluding observations|Resolution|Decision|Opinion"
          + "|Statement|Open letter|Communication|Compilation|Summary|Views|General comment|Recommendations?)\\b.*");
  /** How many of a cover page's first lines are looked through for the document's name. */
  private static final int COVER_LINES = 25;

  static Headline of(List<String> paragraphs) {
    if (paragraphs.isEmpty() || !isHeadline(paragraphs.get(0), TITLE_MAX_WORDS)
        || endsLikeSentence(paragraphs.get(0)) && capitalisedShare(paragraphs.get(0)) < 0.6) {
      return new Headline(paragraphs.isEmpty() ? null : coverTitle(paragraphs.get(0)), null);
    }
    String title = paragraphs.get(0).strip();
    String second = paragraphs.size() > 2 ? paragraphs.get(1).strip() : null;
    boolean deck = second != null && isHeadline(second, SUBTITLE_MAX_WORDS)
        && (!endsLikeSentence(second) || capitalisedShare(second) >= 0.6);
    return new Headline(title, deck ? second : null);
  }

  /**
   * The title of a cover page set as one block of short lines (a UN document: "Distr.: General", the
   * organ, the session, then "Report of the Working Group on …" and the country on the next line):
   * the line that names the document, with a short line after it that names what it is about.
   */
  private static @Nullable String coverTitle(String first) {
    List<String> lines = first.lines().map(l -> l.strip().replaceAll("\\*+$", "").strip()).filter(l -> !l.isEmpty())
        .limit(COVER_LINES).toList();
    if (lines.size() < 3) {
      return null;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (DOCUMENT_NAME.matcher(line).matches() && isHeadline(line, TITLE_MAX_WORDS) && !endsLikeSentence(line)) {
        String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
        boolean about = next.matches("\\p{Lu}[\\p{L}’' ()-]*") && next.split("\\s+").length <= 5 && isHeadline(next + " x", 6);
        return about ? line + ": " + next : line;
      }
    }
    return null;
  }

  private static boolean isHeadline(String p, int maxWords) {
    String s = p.strip();
    int words = s.split("\\s+").length;
    return !s.contains("\n") && words >= 2 && words <= maxWords && !s.endsWith(",") && !s.endsWith(":")
        && !s.endsWith(";") && !NOT_HEADLINE.matcher(s).find() && Dates.find(s) == null;
  }

  /** A full stop, but not the ellipsis of a cut headline ("Charge the officers with…"). */
  private static boolean endsLikeSentence(String p) {
    String s = p.strip();
    return s.endsWith(".") && !s.endsWith("...");
  }

  private static double capitalisedShare(String s) {
    String[] words = s.split("\\s+");
    long caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        caps++;
      }
    }
    return (double) caps / words.length;
  }
}
