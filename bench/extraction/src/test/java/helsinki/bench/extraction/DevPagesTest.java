package helsinki.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.ingest.HtmlExtraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Helsinki's extractor on the benchmark's dev pages (ids 0–7), the only pages it was tuned on. */
class DevPagesTest {

  private static final Path DATASET =
      Path.of(System.getProperty("helsinki.shared", "../shared"), "datasets", "article-extraction-benchmark");

  /** Reached on 2026-11-23 with dev mean F1 0.983; a regression of about a point fails. */
  private static final double MEAN_F1_FLOOR = 0.97;

  /** Every dev page scores at least this: no page loses its article outright. */
  private static final double PAGE_F1_FLOOR = 0.6;

  private static List<Corpus.Page> devPages() {
    Assumptions.assumeTrue(Files.exists(DATASET.resolve("ground-truth.json")),
        "the article-extraction benchmark is not at " + DATASET);
    return Corpus.load(DATASET).pages().stream().filter(Corpus.Page::isDev).toList();
  }

  static Stream<Named<Corpus.Page>> pages() {
    return devPages().stream().map(p -> Named.of(p.id().substring(0, 8) + " " + p.url(), p));
  }

  private static Match extract(Corpus.Page page) {
    return Match.of(page.truth(), HtmlExtraction.mainText(page.html(), page.url()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void dev_page_keeps_its_article(Corpus.Page page) {
    Match m = extract(page);
    double f1 = 2 * m.precision() * m.recall() / (m.precision() + m.recall() + 1e-12);
    assertThat(f1).as("F1 on %s", page.url()).isGreaterThanOrEqualTo(PAGE_F1_FLOOR);
  }

  @Test
  void dev_pages_mean_f1_stays_above_the_floor() {
    List<Match> matches = devPages().stream().map(DevPagesTest::extract).toList();
    Scores s = Scores.of(matches, 0, 1);
    assertThat(matches).hasSize(88);
    assertThat(s.f1().value()).isGreaterThanOrEqualTo(MEAN_F1_FLOOR);
  }
}
