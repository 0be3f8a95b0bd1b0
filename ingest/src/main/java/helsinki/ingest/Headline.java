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

  static Headline of(List<String> paragraphs) {
    if (paragraphs.isEmpty() || !isHeadline(paragraphs.get(0), TITLE_MAX_WORDS)
        || endsLikeSentence(paragraphs.get(0)) && capitalisedShare(paragraphs.get(0)) < 0.6) {
      return new Headline(null, null);
    }
    String title = paragraphs.get(0).strip();
    String second = paragraphs.size() > 2 ? paragraphs.get(1).strip() : null;
    boolean deck = second != null && isHeadline(second, SUBTITLE_MAX_WORDS)
        && (!endsLikeSentence(second) || capitalisedShare(second) >= 0.6);
    return new Headline(title, deck ? second : null);
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
