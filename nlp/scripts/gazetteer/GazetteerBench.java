import helsinki.nlp.places.Gazetteer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the gazetteer's load time and heap, lookups per second and scan-and-resolve throughput
 * on one thread. Run after `mvn -pl nlp -am verify`:
 * {@code java -cp nlp/target/classes nlp/scripts/gazetteer/GazetteerBench.java [text files...]}
 */
public class GazetteerBench {
  public static void main(String[] args) throws Exception {
    Runtime rt = Runtime.getRuntime();
    gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.load();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "load: %.0f ms, retained heap: %.1f MB%n", loadMs, (heapAfter - heapBefore) / 1e6);

    List<String> names = List.of("Russia", "the Russian Federation", "Georgia", "Côte d'Ivoire", "Kiev",
        "eastern Ukraine", "Paris", "Russian", "Chechnya", "Secretary", "Tillerson", "Niger state");
    int sink = 0;
    for (int warm = 0; warm < 200_000; warm++) {
      sink += gazetteer.lookup(names.get(warm % names.size())).size();
    }
    int n = 2_000_000;
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink += gazetteer.lookup(names.get(i % names.size())).size();
    }
    double secs = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "lookup: %.2f million/s on one thread (%d)%n", n / secs / 1e6, sink % 10);

    if (args.length > 0) {
      StringBuilder all = new StringBuilder();
      for (String a : args) {
        all.append(Files.readString(Path.of(a), StandardCharsets.UTF_8)).append('\n');
      }
      String text = all.toString();
      for (int warm = 0; warm < 50; warm++) {
        gazetteer.resolveText("", text);
      }
      int rounds = 200;
      long t2 = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        sink += gazetteer.resolveText("", text).countries().size();
      }
      double s = (System.nanoTime() - t2) / 1e9;
      System.out.printf(Locale.ROOT, "scan + resolve: %.1f MB of text/s on one thread (%d chars x %d)%n",
          text.length() * (double) rounds / s / 1e6, text.length(), rounds);
    }
  }

  private static void gc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
  }
}
