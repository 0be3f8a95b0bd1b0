package helsinki.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/** Scoring upstream's stored outputs with this metric reproduces the figures upstream's README publishes. */
class UpstreamFiguresTest {

  private static Corpus corpus;
  private static Path outputs;

  @BeforeAll
  static void loadBenchmark() {
    Path dataset = Path.of(System.getProperty("helsinki.shared", "../shared"), "datasets", "article-extraction-benchmark");
    Assumptions.assumeTrue(Files.exists(dataset.resolve("ground-truth.json")),
        "the article-extraction benchmark is not at " + dataset);
    corpus = Corpus.load(dataset);
    outputs = dataset.resolve("output");
  }

  private static Scores score(String name) {
    return Scores.of(ExtractionBench.matches(corpus, Corpus.predictions(outputs.resolve(name + ".json")), p -> true),
        ExtractionBench.RESAMPLES, ExtractionBench.SEED);
  }

  @Test
  void readability_js_output_scores_as_upstream_publishes() {
    Scores s = score("readability_js");
    // Upstream README: F1 0.947 ± 0.005, precision 0.914 ± 0.008, recall 0.982 ± 0.003, accuracy 0.166 ± 0.028.
    assertThat(List.of(s.f1().value(), s.precision().value(), s.recall().value(), s.accuracy().value()))
        .satisfiesExactly(
            f1 -> assertThat(f1).isCloseTo(0.947, within(0.0005)),
            p -> assertThat(p).isCloseTo(0.914, within(0.0005)),
            r -> assertThat(r).isCloseTo(0.982, within(0.0005)),
            a -> assertThat(a).isCloseTo(0.166, within(0.0005)));
    assertThat(s.f1().std()).isCloseTo(0.005, within(0.002));
  }

  @Test
  void boilerpipe_output_scores_as_upstream_publishes() {
    Scores s = score("boilerpipe");
    // Upstream README (2019 run): F1 0.860 ± 0.016, precision 0.850, recall 0.870, accuracy 0.006.
    assertThat(s.f1().value()).isCloseTo(0.860, within(0.0005));
    assertThat(s.precision().value()).isCloseTo(0.850, within(0.0005));
    assertThat(s.recall().value()).isCloseTo(0.870, within(0.0005));
    assertThat(s.accuracy().value()).isCloseTo(0.006, within(0.0005));
  }
}
