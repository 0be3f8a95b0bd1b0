package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import helsinki.nlp.eval.CountryAccuracy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How often the most salient country of a news article, found by the text scanner alone, is the
 * country that HRDsAttack's annotators gave. Dev split only: the test split is for EVALUATION.md
 * ({@code helsinki eval}).
 */
class HrdsAttackDevTest {

  static final Path DEV =
      Path.of(System.getProperty("helsinki.shared", "../shared"), "datasets/hrdsattack/dev.json");

  @Test
  void the_top_country_is_the_annotated_one_on_most_dev_articles() throws Exception {
    assumeThat(Files.exists(DEV)).as("HRDsAttack is absent: " + DEV).isTrue();
    CountryAccuracy accuracy = CountryAccuracy.measure(Gazetteer.load(), DEV);
    if (Boolean.getBoolean("helsinki.printMisses")) {
      accuracy.misses().forEach(System.out::println);
    }
    System.out.printf(Locale.ROOT, "HRDsAttack dev country accuracy (text scanner): %d/%d = %.3f (%d without one country)%n",
        accuracy.right(), accuracy.scored(), accuracy.value(), accuracy.unlabelled());
    assertThat(accuracy.value()).isGreaterThanOrEqualTo(0.80);
  }
}
