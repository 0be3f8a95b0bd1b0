package helsinki.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Measures one pipeline configuration on HRDsAttack article texts, in its own JVM so that load time
 * and peak RSS belong to it alone: {@code AnnotationSpeed CONFIG TRAIN_JSON DOCS}. Prints one line.
 */
public final class AnnotationSpeed {

  private static final int WARM_UP = 5;

  private AnnotationSpeed() {}

  public static void main(String[] args) throws IOException {
    String config = args[0];
    List<String> texts = texts(Path.of(args[1]), Integer.parseInt(args[2]) + WARM_UP);
    long t0 = System.nanoTime();
    long loadCpu0 = threadCpuNanos();
    CoreNlpAnnotator annotator = config.equals("ours") ? CoreNlpAnnotator.load(false)
        : config.equals("ours+ungated") ? CoreNlpAnnotator.load(false, false) : CoreNlpAnnotator.load(properties(config));
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    double loadCpuSeconds = (threadCpuNanos() - loadCpu0) / 1e9;
    LocalDate anchor = LocalDate.of(2019, 9, 17);
    for (String text : texts.subList(0, WARM_UP)) {
      annotator.annotateText("warm-up", text, anchor);
    }
    long tokens = 0;
    long cpu0 = cpuNanos();
    long t1 = System.nanoTime();
    for (String text : texts.subList(WARM_UP, texts.size())) {
      tokens += annotator.annotateText("d", text, anchor).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    }
    double wall = (System.nanoTime() - t1) / 1e9;
    double cpu = (cpuNanos() - cpu0) / 1e9;
    System.out.println(String.format(Locale.ROOT,
        "%-28s docs=%d tokens=%d load=%.1fs (main-thread cpu %.1fs) wall=%.1fs tokens/s(wall)=%.0f tokens/s(process-cpu)=%.0f peakRSS=%s",
        config, texts.size() - WARM_UP, tokens, loadSeconds, loadCpuSeconds, wall, tokens / wall, tokens / cpu, peakRss()));
  }

  static Properties properties(String config) {
    Properties p = switch (config.split("\\+")[0]) {
      case "onepipeline" -> PipelineConfig.oursInOnePipeline();
      case "baseline" -> PipelineConfig.baseline();
      default -> throw new IllegalArgumentException("unknown configuration " + config);
    };
    for (String option : config.split("\\+")) {
      switch (option) {
        case "parse" -> p.setProperty("annotators", p.getProperty("annotators") + ",depparse");
        case "nofine" -> p.setProperty("ner.applyFineGrained", "false");
        case "nomentions" -> p.setProperty("ner.buildEntityMentions", "false");
        case "nosutime" -> p.setProperty("ner.useSUTime", "false");
        case "3class" -> p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        default -> { }
      }
    }
    return p;
  }

  static List<String> texts(Path trainJson, int count) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(trainJson, StandardCharsets.UTF_8));
    List<String> texts = new ArrayList<>();
    for (JsonNode item : root) {
      String html = item.path("sample").path("Input.article_interface").asText("");
      String text = html.replaceAll("(?i)</p>", "\n\n").replaceAll("<[^>]+>", " ")
          .replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").strip();
      if (!text.isEmpty() && texts.size() < count) {
        texts.add(text);
      }
    }
    return texts;
  }

  private static long threadCpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String peakRss() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("VmHWM")).map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
  }
}
