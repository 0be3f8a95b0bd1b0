package helsinki.bench.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real news articles of the benchmark, read from the shared data sets: the article texts of
 * HRDsAttack's train, dev and test splits (500, HTML paragraphs turned into plain text) and the
 * scraped texts of the GDELT event file beside them (200), in that order.
 */
final class Articles {

  /** One article: a name and its plain text. */
  record Article(String name, String text) {}

  private Articles() {}

  static List<Article> read(Path shared) throws IOException {
    Path hrds = shared.resolve("datasets/hrdsattack");
    List<Article> articles = new ArrayList<>();
    for (String split : List.of("train", "dev", "test")) {
      JsonNode root = new ObjectMapper().readTree(Files.readString(hrds.resolve(split + ".json"), StandardCharsets.UTF_8));
      int i = 0;
      for (JsonNode item : root) {
        String html = item.path("sample").path("Input.article_interface").asText("");
        String text = html.replaceAll("(?i)</p>", "\n\n").replaceAll("<[^>]+>", " ")
            .replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
            .replaceAll("[ \\t]+", " ").strip();
        if (!text.isEmpty()) {
          articles.add(new Article("hrdsattack-" + split + "-" + i, text));
        }
        i++;
      }
    }
    List<List<String>> rows = Csv.parse(Files.readString(hrds.resolve("gdelt_events_with_article_text_200.csv"), StandardCharsets.UTF_8));
    int column = rows.get(0).indexOf("text");
    for (int r = 1; r < rows.size(); r++) {
      String text = rows.get(r).size() > column ? rows.get(r).get(column).strip() : "";
      if (!text.isEmpty()) {
        articles.add(new Article("gdelt-" + r, text));
      }
    }
    return articles;
  }
}
