package helsinki.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** The benchmark's pages and their true article bodies, in id order. */
record Corpus(List<Page> pages) {

  /** One benchmark page: its id, address, HTML and true article body. */
  record Page(String id, String url, String html, String truth) {

    /** Dev pages (ids 0–7) may be looked at and tuned on; report pages (8–f) may not. */
    boolean isDev() {
      return id.charAt(0) >= '0' && id.charAt(0) <= '7';
    }
  }

  static Corpus load(Path dataset) {
    Map<String, String[]> truth = new TreeMap<>();
    JsonNode root = readJson(dataset.resolve("ground-truth.json"));
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      truth.put(e.getKey(), new String[] {e.getValue().path("url").asText(""), e.getValue().path("articleBody").asText("")});
    }
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, String[]> e : truth.entrySet()) {
      Path html = dataset.resolve("html").resolve(e.getKey() + ".html.gz");
      pages.add(new Page(e.getKey(), e.getValue()[0], gunzip(html), e.getValue()[1]));
    }
    return new Corpus(List.copyOf(pages));
  }

  static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a prediction file: either the bare id map or one wrapped in {"output": …}. */
  static Map<String, String> predictions(Path file) {
    JsonNode root = readJson(file);
    JsonNode output = root.has("output") ? root.get("output") : root;
    Map<String, String> out = new TreeMap<>();
    output.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
    return out;
  }

  private static String gunzip(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
