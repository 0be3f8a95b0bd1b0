package helsinki.ingest;

import helsinki.core.Document;
import helsinki.core.Fingerprint;
import helsinki.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads files, folders and URLs into clean documents: reader, then main-content extraction (pages)
 * or text repair (everything else), then metadata, language and dedupe keys. Thread-safe: one
 * instance serves a whole ingest run.
 */
public final class Ingester {

  private final IngestSettings settings;
  private final ContentReader reader;
  private final HtmlCleaner htmlCleaner = new HtmlCleaner();
  private final TextCleaner textCleaner = new TextCleaner();
  private final MetadataExtractor metadata = new MetadataExtractor();
  private final Languages languages = new Languages();

  public Ingester(IngestSettings settings) {
    this.settings = settings;
    this.reader = new ContentReader(settings);
  }

  /**
   * The documents under {@code root}, in a stable order: the file itself, or every regular file in
   * the folder and its subfolders, skipping hidden ones.
   */
  public static List<Path> expand(Path root) throws InputException {
    if (!Files.exists(root)) {
      throw new InputException(root.toString(), "no such file or folder");
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(root.toString(), "cannot list the folder: " + e.getMessage(), e);
    }
  }

  /** Fetches and reads one {@code http(s)} URL. */
  public Document fetch(URI url) throws InputException {
    String name = url.toString();
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request =
        HttpRequest.newBuilder(url).timeout(settings.readTimeout()).header("User-Agent", settings.userAgent()).build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new InputException(name, "the server answered HTTP " + response.statusCode());
      }
      try (InputStream in = response.body()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
        if (bytes.length > settings.maxBytes()) {
          throw new InputException(name, "is over the limit of " + settings.maxBytes() + " bytes");
        }
        return read(name, bytes, response.headers().firstValue("Content-Type").orElse(null));
      }
    } catch (IOException e) {
      throw new InputException(name, "cannot fetch: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(name, "interrupted while fetching", e);
    }
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
    return read(source, bytes, null);
  }

  /** Reads {@code bytes} named {@code source}, with the content type a server declared, if any. */
  Document read(String source, byte[] bytes, @Nullable String contentType) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(source, "is empty");
    }
    RawContent raw = reader.read(source, bytes, contentType);
    String text;
    String mediaType;
    String cleanTitle = null;
    List<String> captions = List.of();
    if (raw instanceof RawContent.Html html) {
      HtmlCleaner.CleanPage page = htmlCleaner.clean(html.dom());
      text = page.text();
      captions = page.captions();
      cleanTitle = page.title();
      mediaType = "text/html";
    } else {
      RawContent.Text plain = (RawContent.Text) raw;
      text = textCleaner.clean(plain.text(), plain.pages());
      mediaType = plain.mediaType();
    }
    if (text.isBlank()) {
      throw new InputException(source, "holds no readable text");
    }
    Metadata meta = metadata.extract(raw, text, cleanTitle);
    Fingerprint fingerprint = Fingerprints.of(text);
    return new Document(
        Document.idFor(fingerprint), source, mediaType, meta.title(), meta.subtitle(), meta.publisher(),
        meta.authors(), meta.published(), languages.detect(text), meta.kind(), meta.addressees(), text, captions,
        fingerprint);
  }
}
