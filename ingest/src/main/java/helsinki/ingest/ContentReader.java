package helsinki.ingest;

import helsinki.core.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/** Turns an input's bytes into {@link RawContent}: detects the format and the encoding, and parses. */
final class ContentReader {

  ContentReader(IngestSettings settings) {}

  /**
   * Reads {@code bytes} named {@code source}.
   *
   * @param contentType what a web server declared, if anything
   */
  RawContent read(String source, byte[] bytes, @Nullable String contentType) throws InputException {
    String lower = source.toLowerCase(Locale.ROOT);
    String raw = new String(bytes, StandardCharsets.UTF_8);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || (contentType != null && contentType.contains("html"))) {
      return new RawContent.Html(source, Jsoup.parse(raw, source));
    }
    return new RawContent.Text(source, "text/plain", raw, List.of(), Map.of());
  }
}
