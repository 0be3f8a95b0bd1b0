package helsinki.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter that static-site generators put at the top of Markdown ("---", then
 * "title: …" lines, then "---"): its common keys become properties under the names Tika uses for
 * other formats, and the body is what follows it.
 */
record FrontMatter(Map<String, String> properties, String body) {

  /** Front matter longer than this is not front matter but a document that starts with a rule. */
  private static final int MAX_CHARS = 8192;

  private static final Map<String, String> KEYS = Map.of(
      "title", "dc:title",
      "author", "dc:creator",
      "authors", "dc:creator",
      "date", "dcterms:created",
      "description", "dc:description",
      "lang", "dc:language",
      "language", "dc:language");

  FrontMatter {
    properties = Map.copyOf(properties);
  }

  /** Splits {@code text}; without front matter the properties are empty and the body is the text. */
  static FrontMatter of(String text) {
    String t = text.replace("\r\n", "\n");
    if (!t.startsWith("---\n")) {
      return new FrontMatter(Map.of(), text);
    }
    int end = t.indexOf("\n---", 3);
    if (end < 0 || end > MAX_CHARS) {
      return new FrontMatter(Map.of(), text);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (String line : t.substring(4, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
        continue; // nested YAML and list items are beyond what a title or a date needs
      }
      String key = KEYS.get(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
      String value = unquote(line.substring(colon + 1).strip());
      if (key != null && !value.isEmpty()) {
        properties.putIfAbsent(key, value);
      }
    }
    int bodyStart = t.indexOf('\n', end + 4);
    return new FrontMatter(properties, bodyStart < 0 ? "" : t.substring(bodyStart + 1));
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
