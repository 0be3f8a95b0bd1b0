package helsinki.bench.library;

import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import helsinki.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Builds a library for the asks tracker's benchmark: {@code documents} generated analyses (letters
 * asking officials five things before a visit, reports of two outcomes of a visit; one official for
 * every five documents), each stored with its analysis and then linked by the library's own link
 * stage, exactly as ingest links documents one at a time. Arguments: DOCUMENTS DATA_FOLDER.
 */
public final class AskLibrary {

  private AskLibrary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: AskLibrary DOCUMENTS DATA_FOLDER");
    }
    int documents = Integer.parseInt(args[0]);
    LibraryLocation where = new LibraryLocation(Path.of(args[1]), null);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Files.createDirectories(where.dataFolder());
    int officials = Math.max(200, documents / 5);
    long t0 = System.nanoTime();
    try (Store store = Store.open(Store.sqliteUrl(where.databaseFile()))) {
      Random r = new Random(42);
      for (int i = 0; i < documents; i++) {
        GeneratedAnalyses.keep(store, i % 2 == 0 ? GeneratedAnalyses.letter(i, r, officials)
            : GeneratedAnalyses.report(i, r, officials));
      }
    }
    err.printf(Locale.ROOT, "stored %,d analyses in %.0f s; linking…%n", documents, (System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    try (Library library = Library.openExisting(where)) {
      long linked = library.relink();
      err.printf(Locale.ROOT, "linked %,d documents in %.0f s%n", linked, (System.nanoTime() - t1) / 1e9);
    }
  }
}
