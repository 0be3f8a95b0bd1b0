package helsinki.bench.web;

import helsinki.app.web.WebApp;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a library with the web app on 127.0.0.1 and measures one route under concurrent clients:
 * each client sends its requests one after another (closed loop), so 20 clients keep 20 requests in
 * flight. A route's {@code {q}} is replaced by each of a fixed list of queries in turn. One warm-up
 * round, then the measured one; bounded in count and time. Arguments: DATA ROUTE [clients=20] [requests per client=50]
 * [warm-up requests per client=a fifth of them].
 */
public final class LoadBench {

  /** The same queries as the library benchmark's, so that the two measure the same searches. */
  static final List<String> QUERIES = List.of("detained journalists", "torture", "\"foreign agents\"",
      "election observers", "release", "enforced disappearance", "lawyers denied access", "tear gas",
      "trade union", "sanctions", "independent investigation", "refugees", "Minsk", "Caracas protest",
      "medical reports beatings", "state television confessions", "women's rights activists", "internet",
      "court witnesses defence", "surveillance");
  private static final Duration LIMIT = Duration.ofMinutes(5);

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: LoadBench DATA ROUTE [clients=20] [requests per client=50] [warm-up per client]");
    }
    Path data = Path.of(args[0]);
    String route = args[1];
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : Math.max(1, requests / 5);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Library.requireExists(new LibraryLocation(data, null));
    try (Library library = Library.openExisting(new LibraryLocation(data, null));
        WebApp web = WebApp.create(library).start("127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + web.port();
      long documents = library.stats().store().documents();
      run(base, route, clients, warmup);
      long start = System.nanoTime();
      long cpu = cpuNanos();
      Result r = run(base, route, clients, requests);
      double cpuMs = (cpuNanos() - cpu) / 1e6 / Math.max(1, r.micros.length);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "| %s | %,d | %d | %,d | %.1f ms | %.1f ms | %.1f ms | %.0f | %.1f ms | %d |%n", route, documents,
          clients, r.micros.length, pct(r.micros, 0.50), pct(r.micros, 0.99), pct(r.micros, 1.0), r.micros.length / seconds,
          cpuMs, r.errors);
    }
  }

  /** Latencies in microseconds of every answered request, and how many failed or were not 200. */
  private record Result(long[] micros, int errors) {}

  private static Result run(String base, String route, int clients, int requests) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + LIMIT.toNanos();
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          long[] times = new long[requests];
          int n = 0;
          for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
            String path = route.replace("{q}", URLEncoder.encode(QUERIES.get((client + i) % QUERIES.size()), StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
            long t = System.nanoTime();
            try {
              HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
              if (response.statusCode() != 200) {
                errors.incrementAndGet();
              }
              times[n++] = (System.nanoTime() - t) / 1000;
            } catch (java.io.IOException e) {
              errors.incrementAndGet();
            }
          }
          return Arrays.copyOf(times, n);
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : futures) {
        for (long t : f.get()) {
          all.add(t);
        }
      }
      return new Result(all.stream().mapToLong(Long::longValue).toArray(), errors.get());
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /**
   * CPU time of this whole process (server and clients: all threads, GC and JIT), from Linux's
   * /proc/self/stat (user and system clock ticks, 100 a second): unlike wall-clock latency, other
   * jobs on the machine do not inflate it.
   */
  private static long cpuNanos() throws java.io.IOException {
    String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
  }

  /** The nearest-rank percentile, in milliseconds. */
  static double pct(long[] micros, double p) {
    if (micros.length == 0) {
      return Double.NaN;
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.max(0, Math.ceil(p * sorted.length) - 1)] / 1000.0;
  }
}
