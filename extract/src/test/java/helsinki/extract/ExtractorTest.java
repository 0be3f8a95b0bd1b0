package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorTest {

  @Test
  void every_pattern_has_its_own_name() {
    assertThat(Extractor.patternNames()).doesNotHaveDuplicates().hasSize(
        EventPattern.ALL.size() + EngagementPattern.ALL.size() + AskPattern.ALL.size() + OutcomePattern.ALL.size());
  }

  @Test
  void extraction_is_a_pure_function_of_its_input() {
    Input in = FakeDocument.letter("Article 19 East Africa", "Minister Grace Otieno",
        "Your upcoming trip to Ethiopia matters. We urge you to raise the detention of journalists. "
            + "The minister did not raise it.").place("Ethiopia", "ET").input();
    Extractor extractor = new Extractor();
    assertThat(extractor.extract(in)).isEqualTo(extractor.extract(in));
    assertThat(extractor.extract(in).asks()).hasSize(1);
  }
}
