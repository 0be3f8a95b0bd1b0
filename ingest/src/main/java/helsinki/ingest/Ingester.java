package helsinki.ingest;

import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Fingerprint;
import helsinki.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Reads files, folders and URLs into clean documents. Thread-safe: one instance serves a whole
 * ingest run.
 */
public final class Ingester {

  private final IngestSettings settings;

  public Ingester(IngestSettings settings) {
    this.settings = settings;
  }

  /** Reads one file. */
  public Document read(Path file) throws InputException {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new InputException(name, "no such file or folder");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a folder; list it with Ingester.expand");
    }
    try {
      long size = Files.size(file);
      if (size > settings.maxBytes()) {
        throw new InputException(name, "is " + size + " bytes, over the limit of " + settings.maxBytes());
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(name, in);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a document from a stream named {@code source} (a path, a URL, or "-" for standard input). */
  public Document read(String source, InputStream in) throws InputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    } catch (IOException e) {
      throw new InputException(source, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > settings.maxBytes()) {
      throw new InputException(source, "is over the limit of " + settings.maxBytes() + " bytes");
    }
    if (bytes.length == 0) {
      throw new InputException(source, "is empty");
    }
    String lower = source.toLowerCase(Locale.ROOT);
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
    String raw = new String(bytes, StandardCharsets.UTF_8);
    String text = html ? Jsoup.parse(raw).body().wholeText().strip() : raw.strip();
    Fingerprint fingerprint = Fingerprints.of(text);
    return new Document(
        Document.idFor(fingerprint), source, html ? "text/html" : "text/plain", null, null, null, List.of(), null,
        null, DocumentKind.OTHER, List.of(), text, List.of(), fingerprint);
  }
}
