package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds photo captions in text that lost its markup (a page saved as text, a PDF): a paragraph that
 * ends in a photo credit ("… April 12, 2017. © 2017 Reuters") or opens with "Photo:" is a caption,
 * and moves to the captions field, where its facts stay available without reading as body text.
 */
final class Captions {

  /** A credit at the end: "© 2017 Reuters", "(c) 2019 AP Photo/Jane Doe", "Photo: AFP", "Credit: …". */
  private static final Pattern CREDIT_AT_END =
      Pattern.compile(
          "(?:(?:©|\\([cC]\\)|Copyright)\\s*(?:\\d{4}\\s+)?\\p{Lu}[\\p{L}\\p{N} .&/'’-]{1,60}"
              + "|\\((?:Photo|Image|Credit)s?:[^)]{2,80}\\))$");
  private static final Pattern CREDIT_AT_START = Pattern.compile("^(?:Photo|Photograph|Image|Caption)s?:\\s+\\S");
  /** A caption is a sentence or two; a long paragraph ending in a credit is an article's last line. */
  private static final int MAX_CAPTION_CHARS = 400;

  /** The text without its captions, and the captions in order. */
  record Split(String text, List<String> captions) {
    Split {
      captions = List.copyOf(captions);
    }
  }

  private Captions() {}

  static Split split(String text) {
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (String paragraph : text.split("\n\n")) {
      (isCaption(paragraph) ? captions : body).add(paragraph);
    }
    return body.isEmpty() ? new Split(text, List.of()) : new Split(String.join("\n\n", body), captions);
  }

  static boolean isCaption(String paragraph) {
    String p = paragraph.strip();
    return p.length() <= MAX_CAPTION_CHARS
        && p.indexOf('\n') < 0
        && (CREDIT_AT_END.matcher(p).find() || CREDIT_AT_START.matcher(p).find());
  }
}
