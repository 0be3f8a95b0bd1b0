package helsinki.ingest;

import java.time.Duration;

/**
 * The limits that keep one hostile input from taking an ingest down, and how Helsinki presents
 * itself to web servers.
 *
 * <h2>Limits and the errors they give</h2>
 *
 * Every refusal is one line, {@code "<input>: <reason>"}, and the run goes on with the next input.
 *
 * <ul>
 *   <li><b>Size</b> ({@code maxBytes}): a file is measured before it is read ("is 209715200 bytes,
 *       over the 64 MiB limit"); a stream or a download stops one byte past the limit ("is over the
 *       64 MiB limit").
 *   <li><b>Parse time</b> ({@code parseTimeout}): each input is read on a worker thread; past the
 *       limit the run gives up on it ("took longer than 60 s to parse"). A parser that ignores the
 *       interruption keeps its thread until it ends; after 8 such, further inputs are refused.
 *   <li><b>Text length</b> ({@code maxChars}): "holds more than 10000000 characters of text".
 *   <li><b>Zip bombs</b>: DOCX, ODT and EPUB are zip files. Before parsing, no entry may inflate
 *       past 16 bytes per allowed character (152 MiB by default), nor all of them past four times
 *       that ("cannot be parsed as DOCX: looks like a zip bomb (word/document.xml inflates past 152
 *       MiB)"); while parsing, Tika stops when the text passes a million characters at more than
 *       100 per input byte ("…: looks like a zip bomb (it expands far beyond its size)"); embedded
 *       documents are never opened.
 *   <li><b>Formats</b>: HTML, PDF, DOCX, DOC, ODT, RTF, EPUB, plain text, Markdown and e-mail (its inline bodies, not its attachments), detected from the
 *       content and then the name or declared type; anything else is "is not a document
 *       (application/x-executable)"; damaged files are "cannot be parsed as PDF: &lt;reason&gt;";
 *       empty ones "is empty"; those without text "holds no readable text".
 *   <li><b>URLs</b>: only http and https; {@code connectTimeout} ("no connection within 10 s"),
 *       {@code readTimeout} for each answer ("no answer within 30 s"), {@code maxRedirects} ("more
 *       than 5 redirects", "redirects in a loop"), errors ("the server answered HTTP 404"), and
 *       robots.txt for {@code userAgent} ("disallowed by robots.txt").
 * </ul>
 *
 * @param maxBytes the largest input read, in bytes
 * @param maxChars the most text one input may yield, in characters
 * @param parseTimeout how long one document may take to parse
 * @param connectTimeout how long to wait for a web server to accept a connection
 * @param readTimeout how long to wait for a web server's whole answer
 * @param maxRedirects how many redirects a fetch follows before it gives up
 * @param userAgent the name Helsinki gives web servers; its first word, lower case, is the name it
 *     looks for in robots.txt
 */
public record IngestSettings(
    long maxBytes,
    int maxChars,
    Duration parseTimeout,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    String userAgent) {

  /**
   * Limits fit for a laptop: 64 MiB inputs, ten million characters, 60 s to parse, 10 s to connect,
   * 30 s to fetch, 5 redirects.
   */
  public static IngestSettings defaults() {
    return new IngestSettings(
        64L << 20,
        10_000_000,
        Duration.ofSeconds(60),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        5,
        "Helsinki/0.1 (+https://github.com/helsinki-rights/helsinki)");
  }

  /** The robots.txt name: the user agent's product token, lower case ("helsinki"). */
  String robotName() {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.toLowerCase(java.util.Locale.ROOT);
  }

  /** The size limit as people say it: "64 MiB", "512 KiB" or "1000 bytes". */
  String maxBytesText() {
    if (maxBytes >= 1 << 20 && maxBytes % (1 << 20) == 0) {
      return (maxBytes >> 20) + " MiB";
    }
    if (maxBytes >= 1 << 10 && maxBytes % (1 << 10) == 0) {
      return (maxBytes >> 10) + " KiB";
    }
    return maxBytes + " bytes";
  }

  /** A duration as people say it: "30 s" or "250 ms". */
  static String text(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
