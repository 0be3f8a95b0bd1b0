package helsinki.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.jspecify.annotations.Nullable;

/**
 * Decides how the bytes of a text or HTML input are encoded, and decodes them without ever failing:
 * byte-order mark, then the declared charset (HTTP header, then a page's meta charset), then
 * statistical detection; bytes that do not fit the charset become U+FFFD.
 */
final class Encodings {

  /** How an input's text came out, and which charset was used. */
  record Decoded(String text, Charset charset) {}

  private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  /** Pages declare their charset in the head; the HTML standard looks at the first 1024 bytes, we allow more for long heads. */
  private static final int META_WINDOW = 8192;
  /** Single-byte charsets that servers and editors declare by default whether or not they are true. */
  private static final int BINARY_SAMPLE = 8192;
  private static final List<String> DEFAULT_DECLARATIONS = List.of("ISO-8859-1", "US-ASCII", "windows-1252");

  // Both detectors are stateless after construction, so one pair serves every thread.
  private final List<EncodingDetector> detectors = List.of(new Icu4jEncodingDetector(), new UniversalEncodingDetector());

  /**
   * Decodes {@code bytes}.
   *
   * @param declaredType the Content-Type a server sent, if any (only its charset matters here)
   * @param html whether to look for a meta charset in the bytes
   */
  Decoded decode(byte[] bytes, @Nullable String declaredType, boolean html) {
    Charset bom = bom(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(decodeLeniently(Arrays.copyOfRange(bytes, skip, bytes.length), bom), bom);
    }
    Charset declared = charsetParam(declaredType);
    if (declared == null && html) {
      declared = metaCharset(bytes);
    }
    Utf8Check utf8 = Utf8Check.of(bytes);
    // A declared legacy charset loses to bytes that are valid, non-ASCII UTF-8: servers declare
    // ISO-8859-1 by default while authors write UTF-8, and multi-byte UTF-8 almost never occurs by
    // chance in text written in a single-byte charset.
    boolean defaultDeclaration = declared != null && DEFAULT_DECLARATIONS.contains(declared.name());
    if (declared != null && !(defaultDeclaration && utf8.validNonAscii())) {
      return new Decoded(decodeLeniently(bytes, declared), declared);
    }
    Charset charset = utf8.mostlyUtf8() ? StandardCharsets.UTF_8 : detect(bytes);
    return new Decoded(decodeLeniently(bytes, charset), charset);
  }

  /** The charset parameter of a Content-Type value, if it names one Java knows. */
  static @Nullable Charset charsetParam(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? charsetNamed(m.group(1)) : null;
  }

  private static @Nullable Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    Charset charset = charsetNamed(m.group(1));
    // A page that reached us as bytes cannot be UTF-16 without a BOM; the HTML standard reads this declaration as UTF-8.
    if (charset != null && charset.name().startsWith("UTF-16")) {
      return StandardCharsets.UTF_8;
    }
    return charset;
  }

  private static @Nullable Charset charsetNamed(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    // The HTML standard maps these labels to windows-1252, a superset that browsers use in their place.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown declaration is no declaration; detection decides
    }
  }

  /**
   * Whether bytes that a name or a declared type call text are a binary file: text in any
   * ASCII-based charset holds no control bytes but tab, line ends, form feed and escape, while
   * compressed or executable data has about one in ten. (Tika's own text detector also calls
   * text in legacy charsets binary, which is why it is not used here.)
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    return controls > n / 100;
  }

  /** The charset a byte-order mark at the start of {@code b} announces, if there is one. */
  static @Nullable Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private Charset detect(byte[] bytes) {
    Metadata none = new Metadata();
    for (EncodingDetector detector : detectors) {
      try {
        Charset found = detector.detect(new ByteArrayInputStream(bytes), none);
        if (found != null) {
          return found;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading a byte array cannot fail", e);
      }
    }
    // Nothing recognisable: windows-1252 maps every byte to some character, so nothing is lost.
    return Charset.forName("windows-1252");
  }

  static String decodeLeniently(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  /** Counts of well-formed multi-byte UTF-8 sequences and of malformed bytes. */
  record Utf8Check(int multiByte, int malformed) {

    static Utf8Check of(byte[] b) {
      int multi = 0;
      int bad = 0;
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 1) {
          i++;
        } else if (len > 0 && continuations(b, i + 1, len - 1)) {
          multi++;
          i += len;
        } else {
          bad++;
          i++;
        }
      }
      return new Utf8Check(multi, bad);
    }

    private static boolean continuations(byte[] b, int from, int count) {
      if (from + count > b.length) {
        return false;
      }
      for (int k = from; k < from + count; k++) {
        if ((b[k] & 0xC0) != 0x80) {
          return false;
        }
      }
      return true;
    }

    boolean validNonAscii() {
      return malformed == 0 && multiByte > 0;
    }

    /**
     * Plain ASCII, or UTF-8 with at most one bad byte for two good sequences: a damaged UTF-8 file.
     * Text in a legacy charset has almost no valid multi-byte sequences and a bad byte for nearly
     * every non-ASCII letter, so it stays far below that.
     */
    boolean mostlyUtf8() {
      return malformed == 0 || multiByte >= 2 * malformed;
    }
  }
}
