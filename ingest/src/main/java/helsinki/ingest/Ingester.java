package helsinki.ingest;

import helsinki.core.Document;
import helsinki.core.Fingerprint;
import helsinki.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
  private final HttpFetcher http;

  /** Loads the readers (Tika, language profiles) and the web client once; the instance is meant to be shared. */
  public Ingester(IngestSettings settings) {
    this.settings = settings;
    this.reader = new ContentReader(settings);
    this.http = new HttpFetcher(settings);
  }

  /**
   * The documents under {@code root}, in a stable order: the file itself, or every regular file in
   * the folder and its subfolders (following links, each folder once), skipping hidden files and
   * folders. Whether a file is a document is for {@link #read(Path)} to say.
   */
  public static List<Path> expand(Path root) throws InputException {
    return FolderWalk.expand(root);
  }

  /** Fetches and reads one {@code http(s)} URL; the final URL after redirects is the page's base. */
  public Document fetch(URI url) throws InputException {
    String name = url.toString();
    HttpFetcher.Fetched page = http.fetch(name, url);
    return read(name, page.body(), page.contentType(), page.url().toString());
  }

  /** Reads one file. */
  public Document read(Path file) throws InputException {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new InputException(name, Files.isSymbolicLink(file) ? "is a broken link" : "no such file or folder");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name, Files.isReadable(file) ? "is a folder" : "is a folder that cannot be opened");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, "is not a regular file (a device or pipe)"); // reading a pipe could wait forever
    }
    try {
      long size = Files.size(file);
      if (size > settings.maxBytes()) {
        throw new InputException(name, "is " + size + " bytes, over the " + settings.maxBytesText() + " limit");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(name, readLimited(name, in), null, file.toAbsolutePath().toUri().toString());
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot be read: permission denied");
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + Reasons.shortReason(e), e);
    }
  }

  /** Reads a document from a stream named {@code source} (a path, a URL, or "-" for standard input). */
  public Document read(String source, InputStream in) throws InputException {
    return read(source, readLimited(source, in), null, null);
  }

  /** All of {@code in}, or an error one byte past the size limit (a stream cannot be measured first). */
  private byte[] readLimited(String source, InputStream in) throws InputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    } catch (IOException e) {
      throw new InputException(source, "cannot be read: " + Reasons.shortReason(e), e);
    }
    if (bytes.length > settings.maxBytes()) {
      throw new InputException(source, "is over the " + settings.maxBytesText() + " limit");
    }
    return bytes;
  }

  /**
   * Reads {@code bytes} named {@code source}, with the content type a server declared and the base
   * URI of relative links, if known.
   */
  Document read(String source, byte[] bytes, @Nullable String contentType, @Nullable String baseUri)
      throws InputException {
    if (bytes.length == 0) {
      throw new InputException(source, "is empty");
    }
    RawContent raw = reader.read(source, bytes, contentType, baseUri);
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
      Captions.Split split = Captions.split(textCleaner.clean(plain.text(), plain.pages()));
      text = split.text();
      captions = split.captions();
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
