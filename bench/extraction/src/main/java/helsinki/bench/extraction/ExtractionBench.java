package helsinki.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Command line of the extraction benchmark: {@code extract}, {@code report} and {@code crosscheck}. */
public final class ExtractionBench {

  static final int RESAMPLES = 1000;
  static final long SEED = 20200101L;
  static final List<String> TOOLS = List.of("helsinki", "readability", "boilerpipe");

  private ExtractionBench() {}

  /** Runs one sub-command; see the usage line. */
  public static void main(String[] args) throws IOException {
    if (args.length >= 4 && args[0].equals("extract")) {
      extract(Tool.named(args[1]), Path.of(args[2]), Path.of(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 3);
    } else if (args.length == 3 && args[0].equals("report")) {
      System.out.print(report(Corpus.load(Path.of(args[1])), Path.of(args[2])));
    } else if (args.length == 3 && args[0].equals("dev")) {
      System.out.print(dev(Corpus.load(Path.of(args[1])), Corpus.predictions(Path.of(args[2]))));
    } else if (args.length == 2 && args[0].equals("crosscheck")) {
      System.out.print(crosscheck(Corpus.load(Path.of(args[1])), Path.of(args[1]).resolve("output")));
    } else {
      System.err.println("usage: extract <helsinki|boilerpipe> <dataset> <out.json> [passes]"
          + " | report <dataset> <run-dir> | dev <dataset> <run.json> | crosscheck <dataset>");
      System.exit(2);
    }
  }

  /** One untimed pass (whose output is kept), then timed passes of HTML string to text only. */
  static void extract(Tool tool, Path dataset, Path out, int passes) throws IOException {
    Corpus corpus = Corpus.load(dataset);
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ObjectNode output = root.putObject("output");
    for (Corpus.Page page : corpus.pages()) {
      output.putObject(page.id()).put("articleBody", tool.extract(page.html(), page.url()));
    }
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    long sink = 0;
    for (int i = 0; i < passes; i++) {
      for (Corpus.Page page : corpus.pages()) {
        sink += tool.extract(page.html(), page.url()).length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    int pages = corpus.pages().size() * passes;
    root.put("tool", tool.label()).put("pages", pages).put("seconds", seconds).put("cpuSeconds", cpuSeconds)
        .put("peakRssMb", peakRssMb());
    Files.writeString(out, json.writeValueAsString(root), StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "%s: %d pages in %.2f s wall, %.2f s CPU, peak RSS %.0f MB (%d chars)%n",
        tool.label(), pages, seconds, cpuSeconds, peakRssMb(), sink);
  }

  /** CPU time of the whole process (all threads, GC and JIT included), which other jobs' load does not inflate. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report process CPU time");
  }

  /** The process's peak resident set, from Linux's /proc (0 where there is none). */
  static double peakRssMb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return 0;
  }

  static List<Match> matches(Corpus corpus, Map<String, String> predictions, Predicate<Corpus.Page> which) {
    List<Match> out = new ArrayList<>();
    for (Corpus.Page page : corpus.pages()) {
      if (which.test(page)) {
        out.add(Match.of(page.truth(), predictions.getOrDefault(page.id(), "")));
      }
    }
    return out;
  }

  static String report(Corpus corpus, Path runs) {
    StringBuilder table = new StringBuilder();
    table.append("| tool | pages | F1 | precision | recall | accuracy | pages/CPU-s | pages/s wall | peak RSS (MB) |\n");
    table.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String split : List.of("all", "report")) {
      for (String tool : TOOLS) {
        Path file = runs.resolve(tool + ".json");
        if (!Files.exists(file)) {
          continue;
        }
        JsonNode run = Corpus.readJson(file);
        Predicate<Corpus.Page> which = split.equals("all") ? p -> true : p -> !p.isDev();
        Scores s = Scores.of(matches(corpus, Corpus.predictions(file), which), RESAMPLES, SEED);
        double pages = run.path("pages").asDouble();
        table.append(String.format(Locale.ROOT, "| %s | %s (%d) | %s | %s | %s | %s | %.1f | %.1f | %.0f |%n",
            tool, split.equals("all") ? "all" : "report 8–f", s.pages(), s.f1(), s.precision(), s.recall(),
            s.accuracy(), pages / run.path("cpuSeconds").asDouble(), pages / run.path("seconds").asDouble(),
            run.path("peakRssMb").asDouble()));
      }
    }
    return table.toString();
  }

  static String crosscheck(Corpus corpus, Path upstreamOutputs) {
    StringBuilder out = new StringBuilder("| upstream output | F1 | precision | recall | accuracy |\n| --- | --- | --- | --- | --- |\n");
    for (String name : List.of("readability_js", "boilerpipe", "trafilatura")) {
      Path file = upstreamOutputs.resolve(name + ".json");
      Scores s = Scores.of(matches(corpus, Corpus.predictions(file), p -> true), RESAMPLES, SEED);
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name, s.f1(), s.precision(), s.recall(), s.accuracy()));
    }
    return out.toString();
  }

  /** Scores on dev pages only, with the worst dev pages, for tuning; report pages are never listed. */
  static String dev(Corpus corpus, Map<String, String> predictions) {
    Scores s = Scores.of(matches(corpus, predictions, Corpus.Page::isDev), RESAMPLES, SEED);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "dev (%d): F1 %s  P %s  R %s  acc %s%n",
        s.pages(), s.f1(), s.precision(), s.recall(), s.accuracy()));
    corpus.pages().stream().filter(Corpus.Page::isDev)
        .map(p -> java.util.Map.entry(p, Match.of(p.truth(), predictions.getOrDefault(p.id(), ""))))
        .sorted(java.util.Comparator.comparingDouble(e -> e.getValue().tp()))
        .limit(25)
        .forEach(e -> out.append(String.format(Locale.ROOT, "%s P %.3f R %.3f %s%n", e.getKey().id().substring(0, 8),
            e.getValue().precision(), e.getValue().recall(), e.getKey().url())));
    return out.toString();
  }
}
