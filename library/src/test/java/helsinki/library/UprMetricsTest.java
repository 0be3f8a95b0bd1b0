package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UprMetricsTest {

  private final List<List<String>> gold = List.of(List.of("A", "B"), List.of("B"));
  private final List<List<String>> given = List.of(List.of("A"), List.of("B", "C"));

  @Test
  void micro_f1_pools_every_decision() {
    // tp 2 (A, B), fp 1 (C), fn 1 (B of the first): 4 / (4 + 1 + 1)
    assertThat(UprMetrics.microF1(gold, given)).isCloseTo(4.0 / 6, within(1e-9));
  }

  @Test
  void macro_f1_averages_the_gold_themes() {
    // A: tp 1 → 1.0; B: tp 1, fn 1 → 2/3
    assertThat(UprMetrics.macroF1(gold, given)).isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-9));
  }

  @Test
  void precision_counts_given_themes_that_are_right() {
    assertThat(UprMetrics.microPrecision(gold, given)).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void auc_is_the_chance_a_positive_outscores_a_negative_with_ties_at_half() {
    assertThat(UprMetrics.auc(List.of(true, false, true, false), List.of(0.9, 0.1, 0.4, 0.4))).isCloseTo(0.875, within(1e-9));
    assertThat(UprMetrics.auc(List.of(true, false), List.of(0.2, 0.8))).isZero();
  }

  @Test
  void accuracy_is_the_share_of_equal_values() {
    assertThat(UprMetrics.accuracy(List.of(1, 2, 3, 4), List.of(1, 2, 5, 5))).isEqualTo(0.5);
  }
}
