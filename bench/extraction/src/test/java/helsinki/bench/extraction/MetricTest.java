package helsinki.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void tokens_are_runs_of_letters_digits_and_underscores_in_any_script() {
    assertThat(Tokens.of("Don't stop—2019's snake_case, Zürich & 東京!")).containsExactly(
        "Don", "t", "stop", "2019", "s", "snake_case", "Zürich", "東京");
  }

  @Test
  void combining_marks_split_tokens_as_in_python() {
    // "e" followed by U+0301 COMBINING ACUTE: Python's \w does not match the mark, so the word splits.
    assertThat(Tokens.of("cafe\u0301 noir")).containsExactly("cafe", "noir");
  }

  @Test
  void short_texts_make_one_shingle_and_empty_texts_none() {
    assertThat(Match.shingles(List.of("a", "b"))).containsExactly(List.of("a", "b"));
    assertThat(Match.shingles(List.of())).isEmpty();
    assertThat(Match.shingles(List.of("a", "b", "c", "d", "e"))).containsExactly(
        List.of("a", "b", "c", "d"), List.of("b", "c", "d", "e"));
  }

  @Test
  void identical_texts_match_exactly_whatever_the_spacing() {
    Match m = Match.of("One two three four five.", "One  two\nthree four, five");
    assertThat(m.tp()).isEqualTo(1.0);
    assertThat(m.exact()).isTrue();
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
  }

  @Test
  void extra_predicted_text_costs_precision_counted_as_shingle_multisets() {
    // truth: 2 shingles (a b c d, b c d e); prediction adds "x" at the end: 3 shingles, one false.
    Match m = Match.of("a b c d e", "a b c d e x");
    assertThat(m.tp()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.fp()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.fn()).isZero();
    assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.exact()).isFalse();
  }

  @Test
  void repeated_shingles_count_as_often_as_they_occur() {
    // truth repeats "a b c d" twice; the prediction has it once.
    Match m = Match.of("a b c d a b c d", "a b c d");
    // truth shingles: abcd, bcda, cdab, dabc, abcd -> 5; prediction: abcd -> 1; tp 1, fn 4.
    assertThat(m.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(m.fn()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void empty_prediction_counts_for_recall_only_and_empty_truth_for_precision_only() {
    Match noPrediction = Match.of("a b c d", "");
    assertThat(noPrediction.hasPrediction()).isFalse();
    assertThat(noPrediction.hasTruth()).isTrue();
    assertThat(noPrediction.recall()).isZero();
    Match both = Match.of("", "");
    assertThat(both.hasPrediction()).isFalse();
    assertThat(both.hasTruth()).isFalse();
    assertThat(both.exact()).isTrue();
  }

  @Test
  void scores_average_per_page_precision_and_recall_and_take_f1_of_the_means() {
    List<Match> matches = List.of(
        Match.of("a b c d e", "a b c d e x"), // P 2/3, R 1
        Match.of("a b c d", ""), // R 0, no precision
        Match.of("p q r s", "p q r s")); // P 1, R 1, exact
    Scores s = Scores.of(matches, 200, 7);
    double precision = (2.0 / 3 + 1) / 2;
    double recall = (1 + 0 + 1) / 3.0;
    assertThat(s.precision().value()).isCloseTo(precision, within(1e-12));
    assertThat(s.recall().value()).isCloseTo(recall, within(1e-12));
    assertThat(s.f1().value()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-12));
    assertThat(s.accuracy().value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.recall().std()).isPositive();
  }

  @Test
  void standard_deviation_is_the_sample_one() {
    assertThat(Scores.std(new double[] {1, 2, 3, 4})).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
  }
}
