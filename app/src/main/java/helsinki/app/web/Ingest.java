package helsinki.app.web;

import helsinki.library.IngestListener;
import helsinki.library.IngestOutcome;
import helsinki.library.ItemReport;
import helsinki.library.Library;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest from the browser: uploaded files are kept under the data folder's {@code uploads} (so that
 * each document's source stays readable), pasted URLs are read as they are; one result per input.
 */
final class Ingest {

  private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

  private final Library library;
  private final long maxUpload;
  private final AtomicLong batch = new AtomicLong();

  Ingest(Library library, long maxUpload) {
    this.library = library;
    this.maxUpload = maxUpload;
  }

  /** Fails with 413 before the body is read when it is larger than allowed. */
  void checkSize(Context ctx) {
    long length = ctx.contentLength();
    if (length > maxUpload) {
      throw new HttpError(413, "the upload is " + length + " bytes; the most this server takes is " + maxUpload);
    }
  }

  /** Ingests the files uploaded as {@code files} and the URLs, one result per input, in input order. */
  List<ItemReport> run(List<UploadedFile> files, List<String> urls) {
    return run(prepare(files, urls), (report, done, total) -> {});
  }

  /** What one request asks to ingest: kept uploads (path → the name it was uploaded with), URLs, and refused inputs. */
  record Batch(List<String> inputs, Map<String, String> names, List<ItemReport> refused) {

    int size() {
      return inputs.size() + refused.size();
    }
  }

  /** Hears each result as it comes. */
  @FunctionalInterface
  interface Progress {
    void item(ItemReport report, int done, int total);
  }

  /** Keeps the uploads and sorts the URLs (while the request's files are still readable); ingests nothing yet. */
  Batch prepare(List<UploadedFile> files, List<String> urls) {
    List<UploadedFile> real = files.stream().filter(f -> !f.filename().isBlank() || f.size() > 0).toList();
    List<String> pasted = urls.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    if (real.isEmpty() && pasted.isEmpty()) {
      throw HttpError.badRequest("nothing to ingest: choose files or paste URLs");
    }
    List<ItemReport> refused = new ArrayList<>();
    Map<String, String> names = save(real);
    List<String> inputs = new ArrayList<>(names.keySet());
    for (String url : pasted) {
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        inputs.add(url);
      } else {
        // A pasted path would let a web page read any file on this machine into the library.
        refused.add(new ItemReport(url, IngestOutcome.FAILED, null, "not an http(s) URL; upload files instead"));
      }
    }
    return new Batch(inputs, names, refused);
  }

  /**
   * Ingests a prepared batch, telling {@code progress} of each result; returns them all, in input
   * order. One batch at a time, whichever route sent it: the library has one writer.
   */
  synchronized List<ItemReport> run(Batch batch, Progress progress) {
    List<ItemReport> reports = new ArrayList<>();
    int total = batch.size();
    if (!batch.inputs().isEmpty()) {
      library.ingest(batch.inputs(), new IngestListener() {
        @Override
        public void item(ItemReport report, int done, int all) {
          // A person knows an upload by the name it had on their machine, not by where it is kept.
          String name = batch.names().getOrDefault(report.input(), report.input());
          ItemReport named = new ItemReport(name, report.outcome(), report.documentId(), report.message());
          reports.add(named);
          progress.item(named, reports.size(), total);
        }
      });
    }
    for (ItemReport r : batch.refused()) {
      reports.add(r);
      progress.item(r, reports.size(), total);
    }
    return reports;
  }

  /** Keeps the files; returns each one's path, mapped to the name it was uploaded with, in upload order. */
  private Map<String, String> save(List<UploadedFile> files) {
    Map<String, String> paths = new LinkedHashMap<>();
    if (files.isEmpty()) {
      return paths;
    }
    String stamp = LocalDateTime.now(ZoneOffset.UTC).format(FOLDER) + "-" + batch.incrementAndGet();
    Path folder = library.location().dataFolder().resolve("uploads").resolve(stamp);
    try {
      Files.createDirectories(folder);
      int n = 0;
      for (UploadedFile f : files) {
        // Numbered, so that two uploads with one name do not overwrite each other.
        Path target = folder.resolve(String.format(Locale.ROOT, "%02d-%s", ++n, safeName(f.filename())));
        try (InputStream in = f.content()) {
          Files.copy(in, target);
        }
        paths.put(target.toString(), f.filename());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload in " + folder + ": " + e.getMessage(), e);
    }
    return paths;
  }

  /** The file name without any folder a browser sent, and without characters a file system might refuse. */
  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    base = base.replaceAll("^[._]+", "");
    return base.isEmpty() ? "upload" : base.length() > 120 ? base.substring(base.length() - 120) : base;
  }
}
