package helsinki.bench.annotation;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import helsinki.core.Analysis;
import helsinki.core.Annotated;
import helsinki.core.Document;
import helsinki.core.InputException;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.entities.EntityResolver;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;

/**
 * Measures one configuration in its own JVM, so that model load time and peak RSS are its own:
 * {@code Bench helsinki|analyze|corenlp SHARED [N]}. {@code helsinki} is the annotation stage as
 * {@code analyze} runs it (ingest the text, annotate, resolve places and entities); {@code corenlp}
 * is plain CoreNLP with its default English pipeline up to {@code ner} on the same ingested texts.
 * Single-threaded; five articles warm the JIT first; prints one tab-separated line.
 */
public final class Bench {

  private static final int WARM_UP = 5;
  private static final LocalDate ANCHOR = LocalDate.of(2020, 1, 1);

  private Bench() {}

  /** One configuration's way through an article; returns its token count. */
  private interface Run {
    long article(Articles.Article article) throws InputException;
  }

  public static void main(String[] args) throws IOException, InputException {
    String config = args[0];
    List<Articles.Article> all = Articles.read(Path.of(args[1]));
    if (args.length > 2) {
      all = all.subList(0, Math.min(all.size(), Integer.parseInt(args[2])));
    }
    // Articles that the ingester refuses (a text that Tika reads as a mail or news message) are left
    // out of both configurations alike; their number is printed.
    Map<String, String> texts = ingested(all);
    List<Articles.Article> articles = all.stream().filter(a -> texts.containsKey(a.name())).toList();
    Run run;
    double load0;
    double cpu0;
    if (config.equals("corenlp")) {
      load0 = System.nanoTime();
      cpu0 = cpuSeconds();
      run = corenlp(texts);
    } else if (config.equals("helsinki")) {
      load0 = System.nanoTime();
      cpu0 = cpuSeconds();
      run = helsinki();
    } else if (config.equals("analyze")) {
      load0 = System.nanoTime();
      cpu0 = cpuSeconds();
      run = analyze();
    } else {
      throw new IllegalArgumentException("unknown configuration " + config + " (helsinki, analyze, corenlp)");
    }
    double loadWall = (System.nanoTime() - load0) / 1e9;
    double loadCpu = cpuSeconds() - cpu0;
    for (Articles.Article a : articles.subList(0, WARM_UP)) {
      run.article(a);
    }
    long tokens = 0;
    double jit1 = compilerCpuSeconds();
    double cpu1 = cpuSeconds();
    long t1 = System.nanoTime();
    int done = 0;
    for (Articles.Article a : articles) {
      tokens += run.article(a);
      if (++done % 50 == 0) {
        // Progress on stderr, so that a run stopped early still tells its rate so far.
        System.err.printf(Locale.ROOT, "%s\tarticles=%d\ttokens=%d\tcpu_s=%.1f\ttokens_per_cpu_s=%.0f\tpeak_rss_mb=%d%n",
            config, done, tokens, cpuSeconds() - cpu1, tokens / (cpuSeconds() - cpu1), peakRssMb());
      }
    }
    double wall = (System.nanoTime() - t1) / 1e9;
    double cpu = cpuSeconds() - cpu1;
    double jit = compilerCpuSeconds() - jit1;
    System.out.printf(Locale.ROOT, "%s\tarticles=%d\trefused=%d\ttokens=%d\tload_wall_s=%.1f\tload_cpu_s=%.1f\twall_s=%.1f\tcpu_s=%.1f"
            + "\tjit_cpu_s=%.1f\ttokens_per_cpu_s=%.0f\ttokens_per_wall_s=%.0f\tarticles_per_cpu_s=%.2f"
            + "\tarticles_per_cpu_s_without_jit=%.2f\tpeak_rss_mb=%d\tcpus=%d%n",
        config, articles.size(), all.size() - articles.size(), tokens, loadWall, loadCpu, wall, cpu, jit, tokens / cpu, tokens / wall,
        articles.size() / cpu, articles.size() / (cpu - jit), peakRssMb(),
        Runtime.getRuntime().availableProcessors());
  }

  private static Run helsinki() {
    Ingester ingester = new Ingester(IngestSettings.defaults());
    Gazetteer gazetteer = Gazetteer.load();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.load(false);
    EntityResolver resolver = new EntityResolver();
    return article -> {
      Document document = ingester.read(article.name() + ".txt", new ByteArrayInputStream(article.text().getBytes(StandardCharsets.UTF_8)));
      Annotated annotated = annotator.annotate(document, ANCHOR);
      Places places = gazetteer.resolveText(document.title() == null ? "" : document.title(), document.text());
      resolver.resolve(document, annotated, places);
      return annotated.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    };
  }

  /**
   * The whole of {@code analyze}: the annotation stage above plus extraction (events, asks,
   * engagements, outcomes, UN recommendation lists) and the themes, strength and acceptance classifiers.
   */
  private static Run analyze() {
    Analyzer analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), ANCHOR);
    return article -> {
      Analysis a = analyzer.analyze(article.name() + ".txt", new ByteArrayInputStream(article.text().getBytes(StandardCharsets.UTF_8)));
      // Tokens as the annotation stage counts them would need a second annotation; words are close
      // enough to compare rates, and the per-article figure does not depend on them.
      return a.text().split("\\s+").length;
    };
  }

  /** CoreNLP gets the very text Helsinki annotates, ingested before loading and timing begin. */
  private static Map<String, String> ingested(List<Articles.Article> articles) {
    Ingester ingester = new Ingester(IngestSettings.defaults());
    Map<String, String> texts = new HashMap<>();
    for (Articles.Article a : articles) {
      try {
        texts.put(a.name(), ingester.read(a.name() + ".txt", new ByteArrayInputStream(a.text().getBytes(StandardCharsets.UTF_8))).text());
      } catch (InputException e) {
        System.err.println("refused: " + e.getMessage());
      }
    }
    return texts;
  }

  private static Run corenlp(Map<String, String> texts) {
    // The very text Helsinki annotates, ingested before loading and timing.
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    return article -> {
      Annotation annotation = new Annotation(texts.get(article.name()));
      annotation.set(CoreAnnotations.DocDateAnnotation.class, ANCHOR.toString());
      pipeline.annotate(annotation);
      return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    };
  }

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /**
   * CPU seconds of the JIT compiler threads so far (from {@code /proc/self/task}; 0 where there is none):
   * part of the process's CPU time, and most of it in the first minutes of a run.
   */
  private static double compilerCpuSeconds() throws IOException {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return 0;
    }
    long ticks = 0;
    try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
      for (Path task : all) {
        if (Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).contains("CompilerThre")) {
          String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 1/100 s.
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
    }
    return ticks / 100.0;
  }

  private static long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    }
    return -1;
  }
}
