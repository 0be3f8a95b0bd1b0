package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

  @Test
  void words_are_lowercased_and_one_letter_words_dropped() {
    assertThat(TextFeatures.words("Ratify the CRPD, and a Protocol's text")).containsExactly("ratify", "the", "crpd", "and", "protocol", "text");
  }

  @Test
  void features_hold_words_bigrams_and_the_opening_verb_at_unit_length() {
    Map<String, Double> f = TextFeatures.of("Abolish the death penalty");
    assertThat(f).containsKeys("w:abolish", "w:death", "b:death_penalty", "f:abolish", "f2:abolish_the", "fw:abolish_penalty");
    assertThat(f.values().stream().mapToDouble(v -> v * v).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void named_things_and_numbers_are_features_of_the_text_shape() {
    assertThat(TextFeatures.of("Ratify the Optional Protocol of 2002")).containsKeys("caps:2", "digits");
    assertThat(TextFeatures.of("Continue its efforts")).containsKey("caps:0").doesNotContainKey("digits");
  }

  @Test
  void a_named_object_is_marked_specific_alone_and_beside_the_opening_verb() {
    Map<String, Double> named = TextFeatures.of("Adopt the Domestic Violence Act of 2015");
    assertThat(named).containsKeys("s:thecap", "s:year", "s:named1", "vs:adopt_thecap", "vs:adopt_named1", "vcap:adopt_3");
    Map<String, Double> general = TextFeatures.of("Adopt all necessary measures to combat violence");
    assertThat(general).containsKeys("s:named0", "s:gen3", "vs:adopt_gen3").doesNotContainKeys("s:thecap", "s:year");
  }

  @Test
  void an_embedding_adds_one_feature_per_dimension() {
    Map<String, Double> f = TextFeatures.withEmbedding(Map.of("w:ratify", 0.5), new float[] {0.6f, 0.8f});
    assertThat(f).containsEntry("w:ratify", 0.5).containsKeys("e:000", "e:001").hasSize(3);
    assertThat(f.get("e:001")).isCloseTo(0.8, within(1e-6));
    assertThat(TextFeatures.withEmbedding(Map.of("w:ratify", 0.5), new float[0])).hasSize(1);
  }

  @Test
  void only_words_and_bigrams_are_word_features() {
    assertThat(TextFeatures.isWordFeature("w:torture")).isTrue();
    assertThat(TextFeatures.isWordFeature("b:death_penalty")).isTrue();
    assertThat(TextFeatures.isWordFeature("f:abolish")).isFalse();
  }

  @Test
  void an_urging_is_cut_so_the_ask_opens_with_the_asked_act() {
    assertThat(TextFeatures.asked("we urge you to raise the case of the jailed editor")).isEqualTo("raise the case of the jailed editor");
    assertThat(TextFeatures.asked("urge Russian officials—both publicly and privately—to repeal the foreign agents law"))
        .isEqualTo("repeal the foreign agents law");
    assertThat(TextFeatures.asked("you voice alarm over recent reports")).isEqualTo("voice alarm over recent reports");
  }

  @Test
  void a_recommendation_that_opens_with_its_verb_is_left_as_it_is() {
    assertThat(TextFeatures.asked("Ratify the Convention against Torture.")).isEqualTo("Ratify the Convention against Torture.");
    assertThat(TextFeatures.asked("Consider abolishing the death penalty")).isEqualTo("Consider abolishing the death penalty");
  }
}
