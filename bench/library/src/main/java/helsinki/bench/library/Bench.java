package helsinki.bench.library;

import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.IngestListener;
import helsinki.library.IngestSummary;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import helsinki.store.SearchQuery;
import java.util.Locale;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The library benchmarks: ingest throughput into a fresh library, and warm search latency over a
 * larger one, with a fixed mix of queries with and without filters. Prints a markdown table.
 * Arguments: [ingestDocs=10000] [searchDocs=100000] [workDir].
 */
public final class Bench {

  private static final List<String> WORDS = List.of("detained journalists", "torture", "\"foreign agents\"",
      "election observers", "release", "enforced disappearance", "lawyers denied access", "tear gas",
      "trade union", "sanctions", "independent investigation", "refugees", "Minsk", "Caracas protest",
      "medical reports beatings", "state television confessions", "women's rights activists", "internet",
      "court witnesses defence", "surveillance");

  private Bench() {}

  public static void main(String[] args) throws IOException {
    int ingestDocs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int searchDocs = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("helsinki-bench");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CorpusGenerator corpus = new CorpusGenerator(42);
    int cores = Runtime.getRuntime().availableProcessors();

    Path small = work.resolve("corpus-ingest");
    corpus.write(small, ingestDocs);
    double readRate = readOnly(small, cores);
    double rate = ingest(small, work.resolve("library-ingest"), ingestDocs);

    Path big = work.resolve("corpus-search");
    corpus.write(big, searchDocs);
    Path library = work.resolve("library-search");
    double bigRate = ingest(big, library, searchDocs);
    long[][] latencies = search(library);

    out.println("| measurement | value |");
    out.println("| --- | --- |");
    out.printf(Locale.ROOT, "| ingest, %,d generated documents (txt + html), fresh library, %d cores | %.0f docs/s |%n", ingestDocs, cores, rate);
    out.printf(Locale.ROOT, "| reading only (Ingester on %d threads, nothing stored), same %,d documents | %.0f docs/s |%n",
        cores, ingestDocs, readRate);
    out.printf(Locale.ROOT, "| ingest, %,d documents (to build the search library) | %.0f docs/s |%n", searchDocs, bigRate);
    out.printf(Locale.ROOT, "| search over %,d documents, words only (%d queries × 5 rounds): p50 / p99 | %s |%n",
        searchDocs, WORDS.size(), percentiles(latencies[0]));
    out.printf(Locale.ROOT, "| search over %,d documents, words + filters (kind, publisher, dates): p50 / p99 | %s |%n",
        searchDocs, percentiles(latencies[1]));
    out.printf(Locale.ROOT, "| search over %,d documents, filters only, no words: p50 / p99 | %s |%n", searchDocs, percentiles(latencies[2]));
    if (args.length <= 2) {
      delete(work);
    }
  }

  /** The ceiling that reading sets: the same files through the Ingester on all cores, storing nothing. */
  private static double readOnly(Path corpus, int threads) throws IOException {
    Ingester ingester = new Ingester(IngestSettings.defaults());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Document>> reads = new ArrayList<>();
      for (Path f : files) {
        reads.add(pool.submit(() -> ingester.read(f)));
      }
      for (Future<Document> r : reads) {
        r.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("reading the corpus failed", e);
    } finally {
      pool.shutdownNow();
    }
    return files.size() / ((System.nanoTime() - start) / 1e9);
  }

  private static double ingest(Path corpus, Path data, int n) {
    long start = System.nanoTime();
    IngestSummary s;
    try (Library lib = Library.open(new LibraryLocation(data, null))) {
      s = lib.ingest(List.of(corpus.toString()), IngestListener.NONE);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (s.total() != n || !s.failures().isEmpty()) {
      throw new IllegalStateException("ingest of " + n + " documents gave " + s);
    }
    return n / seconds;
  }

  /** Latencies in microseconds: words only, words with filters, filters only. Facets are counted in all. */
  private static long[][] search(Path data) {
    List<List<SearchQuery>> mixes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    DocumentKind[] kinds = DocumentKind.values();
    for (int i = 0; i < WORDS.size(); i++) {
      String words = WORDS.get(i);
      LocalDate from = LocalDate.of(2013 + i % 10, 1, 1);
      String publisher = Vocabulary.PREFIXES.get(i % 10) + " " + Vocabulary.MIDDLES.get(i % 6) + " " + Vocabulary.SUFFIXES.get(i % 6);
      mixes.get(0).add(new SearchQuery(words, null, null, null, null, null, 10));
      mixes.get(1).add(new SearchQuery(words, null, i % 2 == 0 ? kinds[i % kinds.length] : null,
          i % 3 == 0 ? publisher : null, from, from.plusYears(3), 10));
      mixes.get(2).add(new SearchQuery("", null, kinds[i % kinds.length], null, from, from.plusYears(2), 10));
    }
    try (Library lib = Library.open(new LibraryLocation(data, null))) {
      for (int warm = 0; warm < 3; warm++) {
        mixes.forEach(mix -> mix.forEach(lib::search));
      }
      long[][] micros = new long[3][];
      for (int m = 0; m < 3; m++) {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
          for (SearchQuery q : mixes.get(m)) {
            long t = System.nanoTime();
            lib.search(q);
            times.add((System.nanoTime() - t) / 1000);
          }
        }
        micros[m] = times.stream().mapToLong(Long::longValue).toArray();
      }
      return micros;
    }
  }

  static String percentiles(long[] micros) {
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    long p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1];
    long p99 = sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
    return String.format(Locale.ROOT, "%.1f ms / %.1f ms", p50 / 1000.0, p99 / 1000.0);
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
