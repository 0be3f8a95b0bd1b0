package helsinki.ingest;

import helsinki.core.InputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.mime.MediaType;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Turns an input's bytes into {@link RawContent}: detects the format from the content (then the name
 * and declared type), decodes text and HTML, parses the rest with Tika, each within the time limit.
 * Thread-safe; the Tika machinery loads once per instance.
 */
final class ContentReader {

  private final IngestSettings settings;
  private final TikaText tika = new TikaText();
  private final Encodings encodings = new Encodings();
  private final ParseGuard guard;
  private final ZipBudget zipBudget;

  ContentReader(IngestSettings settings) {
    this.settings = settings;
    // Markup around text rarely exceeds sixteen bytes per character, so an entry that inflates
    // past that for the text limit can only end in a refusal, after costing its memory.
    long entry = Math.max(16L * settings.maxChars(), 1L << 20);
    this.zipBudget = new ZipBudget(entry, 4 * entry);
    this.guard = new ParseGuard(settings.parseTimeout());
  }

  /**
   * Reads {@code bytes} named {@code source}.
   *
   * @param declaredType the Content-Type a web server declared, if any
   * @param baseUri where relative links of a page point from (a page's final URL, a file's URI)
   */
  RawContent read(String source, byte[] bytes, @Nullable String declaredType, @Nullable String baseUri)
      throws InputException {
    return guard.run(source, () -> readNow(source, bytes, declaredType, baseUri));
  }

  private RawContent readNow(String source, byte[] bytes, @Nullable String declaredType, @Nullable String baseUri)
      throws InputException {
    String fileName = fileName(source);
    MediaType type;
    try {
      type = tika.detect(bytes, fileName, declaredType);
    } catch (IOException | RuntimeException e) {
      throw new InputException(source, "cannot tell what format it is: " + Reasons.shortReason(e), e);
    }
    Format format = Format.of(type, tika.registry());
    if (format == null) {
      throw new InputException(source, "is not a document (" + type + ")");
    }
    if (!format.viaTika() && Encodings.bom(bytes) == null && Encodings.looksBinary(bytes)) {
      throw new InputException(source, "is not a document (" + MediaType.OCTET_STREAM + ")");
    }
    return switch (format) {
      case HTML -> html(source, bytes, declaredType, baseUri);
      case TEXT, MARKDOWN -> text(source, bytes, declaredType, format);
      default -> parsed(source, bytes, fileName, format, type);
    };
  }

  private RawContent html(String source, byte[] bytes, @Nullable String declaredType, @Nullable String baseUri) {
    String html = encodings.decode(bytes, declaredType, true).text();
    return new RawContent.Html(source, Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  private RawContent text(String source, byte[] bytes, @Nullable String declaredType, Format format) {
    String text = encodings.decode(bytes, declaredType, false).text();
    if (format == Format.MARKDOWN) {
      FrontMatter front = FrontMatter.of(text);
      return new RawContent.Text(source, "text/markdown", front.body(), List.of(), front.properties());
    }
    return new RawContent.Text(source, "text/plain", text, List.of(), Map.of());
  }

  private RawContent parsed(String source, byte[] bytes, @Nullable String fileName, Format format, MediaType type)
      throws InputException {
    if (format.zipped()) {
      String bomb = zipBudget.overBudget(bytes);
      if (bomb != null) {
        throw new InputException(source, "cannot be parsed as " + format.label() + ": looks like a zip bomb (" + bomb + ")");
      }
    }
    TikaText.Parsed parsed;
    try {
      parsed = tika.parse(bytes, fileName, settings.maxChars(), format == Format.EMAIL);
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw failure(source, format, e);
    }
    if (format == Format.PDF && parsed.text().isBlank()) {
      throw new InputException(source, "holds no text layer (scanned pages need OCR, which Helsinki does not do yet)");
    }
    return new RawContent.Text(source, type.toString(), parsed.text(), parsed.pages(), parsed.properties());
  }

  private InputException failure(String source, Format format, Exception e) {
    if (e instanceof PageCollector.Interrupted) {
      // The guard has already told the user that the time ran out; this only ends the worker.
      return new InputException(source, "took too long to parse", e);
    }
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return new InputException(source, "holds more than " + settings.maxChars() + " characters of text, over the limit", e);
    }
    if (e instanceof EncryptedDocumentException || e.getCause() instanceof EncryptedDocumentException) {
      return new InputException(source, "is encrypted; Helsinki cannot read password-protected files", e);
    }
    if (Reasons.mentions(e, "zip bomb")) {
      return new InputException(source, "cannot be parsed as " + format.label() + ": looks like a zip bomb (it expands far beyond its size)", e);
    }
    return new InputException(source, "cannot be parsed as " + format.label() + ": " + Reasons.shortReason(e), e);
  }

  /** The last segment of a path or URL, which Tika uses as a hint when the bytes are not conclusive. */
  static @Nullable String fileName(String source) {
    String s = source;
    if (s.contains("://")) {
      s = s.replaceFirst("[?#].*", ""); // a query or fragment is not part of the name
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    String name = s.substring(slash + 1);
    return name.isEmpty() || name.equals("-") ? null : name;
  }
}
