package helsinki.bench.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import helsinki.library.AskFilter;
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
 * The link stage's cost: the embedding model's load time and embeddings per second on one thread, and
 * the cost per document of linking a library of generated analyses (letters asking officials before
 * their visits, reports of what they did), measured as a full re-link, which links every document
 * against those before it exactly as ingest does one at a time. Arguments: [documents=2000] [workDir].
 */
public final class LinkBench {

  private LinkBench() {}

  public static void main(String[] args) throws IOException {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("helsinki-linkbench");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    long t0 = System.nanoTime();
    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      model.embed(GeneratedAnalyses.object(random));
    }
    int n = 1000;
    long t1 = System.nanoTime();
    double c1 = cpuSeconds();
    for (int i = 0; i < n; i++) {
      model.embed(GeneratedAnalyses.object(random) + " " + i);
    }
    double perSecond = n / ((System.nanoTime() - t1) / 1e9);
    double perCpuSecond = n / (cpuSeconds() - c1);

    LibraryLocation where = new LibraryLocation(work.resolve("library"), null);
    Files.createDirectories(where.dataFolder());
    try (Store store = Store.open(Store.sqliteUrl(where.databaseFile()))) {
      Random r = new Random(42);
      for (int i = 0; i < documents; i++) {
        GeneratedAnalyses.keep(store, i % 2 == 0 ? GeneratedAnalyses.letter(i, r, 200) : GeneratedAnalyses.report(i, r, 200));
      }
    }
    try (Library library = Library.openExisting(where)) {
      long t2 = System.nanoTime();
      double c2 = cpuSeconds();
      long linked = library.relink();
      double seconds = (System.nanoTime() - t2) / 1e9;
      double cpu = cpuSeconds() - c2;
      long links = library.asks(AskFilter.all()).stream().filter(a -> !a.outcomes().isEmpty()).count();
      out.println("| measure | value |");
      out.println("| --- | --- |");
      out.printf(Locale.ROOT, "| embedding model load (all-MiniLM-L6-v2 q, ONNX) | %.2f s |%n", loadSeconds);
      out.printf(Locale.ROOT, "| embeddings, one calling thread (short objects, 3–10 words) | %.0f per second of wall time, %.0f per CPU second |%n",
          perSecond, perCpuSecond);
      out.printf(Locale.ROOT, "| link, %d generated documents (%d letters × 5 asks, %d reports × 2 outcomes) | %.1f s wall, %.1f ms per document; %.1f ms CPU per document |%n",
          linked, (documents + 1) / 2, documents / 2, seconds, 1000 * seconds / linked, 1000 * cpu / linked);
      out.printf(Locale.ROOT, "| asks answered by at least one outcome | %d |%n", links);
      out.printf(Locale.ROOT, "| similarity | %s |%n", library.linkSimilarity());
    }
  }

  /** CPU time of the whole process (every thread: ONNX Runtime's, the JIT's, the collector's). */
  private static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

}
