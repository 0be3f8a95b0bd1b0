package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How often the most salient country of a news article, found by the text scanner alone, is the
 * country that HRDsAttack's annotators gave. Dev split only: the test split is for EVALUATION.md.
 */
class HrdsAttackDevTest {

  static final Path DEV =
      Path.of(System.getProperty("helsinki.shared", "../shared"), "datasets/hrdsattack/dev.json");

  /** The fraction of dev articles with a country label naming one country that we rank first. */
  record Accuracy(int right, int scored, int unlabelled) {
    double value() {
      return scored == 0 ? 0 : (double) right / scored;
    }
  }

  static Accuracy measure(Gazetteer gazetteer, Path file, boolean printMisses) throws IOException {
    int right = 0;
    int scored = 0;
    int unlabelled = 0;
    for (JsonNode item : new ObjectMapper().readTree(file.toFile())) {
      String gold = goldCountry(gazetteer, item.get("merged_sample").get("country").asText());
      if (gold == null) {
        unlabelled++;
        continue;
      }
      JsonNode sample = item.get("sample");
      String body = sample.get("Input.article_interface").asText().replaceAll("<[^>]+>", "\n");
      List<String> countries = gazetteer.resolveText(sample.get("Input.title").asText(), body).countries();
      scored++;
      if (!countries.isEmpty() && countries.get(0).equals(gold)) {
        right++;
      } else if (printMisses) {
        System.out.printf(Locale.ROOT, "miss: gold %s, ranked %s: %s%n", gold, countries, sample.get("Input.title").asText());
      }
    }
    return new Accuracy(right, scored, unlabelled);
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

  /**
   * Prints the accuracy on the split named by the argument (e.g. the report split, test.json) for
   * EVALUATION.md: {@code java -cp … helsinki.nlp.places.HrdsAttackDevTest ../shared/datasets/hrdsattack/test.json}.
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Accuracy accuracy = measure(Gazetteer.load(), file, false);
    System.out.printf(Locale.ROOT, "HRDsAttack %s country accuracy (text scanner): %d/%d = %.3f (%d without one country)%n",
        file.getFileName(), accuracy.right(), accuracy.scored(), accuracy.value(), accuracy.unlabelled());
  }

  @Test
  void the_top_country_is_the_annotated_one_on_most_dev_articles() throws IOException {
    assumeThat(Files.exists(DEV)).as("HRDsAttack is absent: " + DEV).isTrue();
    Accuracy accuracy = measure(Gazetteer.load(), DEV, Boolean.getBoolean("helsinki.printMisses"));
    System.out.printf(Locale.ROOT, "HRDsAttack dev country accuracy (text scanner): %d/%d = %.3f (%d without one country)%n",
        accuracy.right(), accuracy.scored(), accuracy.value(), accuracy.unlabelled());
    assertThat(accuracy.value()).isGreaterThanOrEqualTo(0.80);
  }
}
