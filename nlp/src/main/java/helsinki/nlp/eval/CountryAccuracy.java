package helsinki.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Place;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How often the most salient country of an HRDsAttack article, found by the gazetteer's text scanner
 * alone, is the country its annotators gave ({@code merged_sample.country}). Articles whose label
 * names no single country ("None", "Africa", "Greece and India") are counted apart, not scored.
 *
 * @param right articles whose first-ranked country is the labelled one
 * @param scored articles labelled with one country
 * @param unlabelled articles whose label names no single country
 * @param misses one line per wrong article: the label, our ranking, the title
 */
public record CountryAccuracy(int right, int scored, int unlabelled, List<String> misses) {

  public CountryAccuracy {
    misses = List.copyOf(misses);
  }

  /** Right over scored; 0 when nothing was scored. */
  public double value() {
    return scored == 0 ? 0 : (double) right / scored;
  }

  /** Measures one HRDsAttack split file ({@code train.json}, {@code dev.json}, {@code test.json}). */
  public static CountryAccuracy measure(Gazetteer gazetteer, Path split) throws InputException {
    JsonNode items;
    try {
      items = Json.mapper().readTree(split.toFile());
    } catch (IOException e) {
      throw new InputException(split.toString(), "is not an HRDsAttack split: " + e.getMessage(), e);
    }
    int right = 0;
    int scored = 0;
    int unlabelled = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode item : items) {
      String gold = goldCountry(gazetteer, item.path("merged_sample").path("country").asText());
      if (gold == null) {
        unlabelled++;
        continue;
      }
      JsonNode sample = item.path("sample");
      String title = sample.path("Input.title").asText();
      String body = sample.path("Input.article_interface").asText().replaceAll("<[^>]+>", "\n");
      List<String> countries = gazetteer.resolveText(title, body).countries();
      scored++;
      if (!countries.isEmpty() && countries.get(0).equals(gold)) {
        right++;
      } else {
        misses.add("gold " + gold + ", ranked " + countries + ": " + title);
      }
    }
    return new CountryAccuracy(right, scored, unlabelled, misses);
  }

  /** The label as one ISO code ("USA", "People's Republic of China", "England"), else null. */
  static @Nullable String goldCountry(Gazetteer gazetteer, String label) {
    List<String> codes = gazetteer.lookup(label).stream()
        .filter(p -> p.kind() != Kind.CITY)
        .map(Place::country)
        .distinct()
        .toList();
    return codes.size() == 1 ? codes.get(0) : null;
  }
}
