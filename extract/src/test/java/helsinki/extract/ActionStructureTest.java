package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionStructureTest {

  @Test
  void the_governing_verb_is_read_past_a_leading_phrase_an_addressee_and_adverbs() {
    assertThat(ActionStructure.features("In line with its Constitution, further continue to combat discrimination", List.of()))
        .contains("g:continu");
    assertThat(ActionStructure.features("That the Government urgently repeal the sedition law", List.of())).contains("g:repeal");
  }

  @Test
  void the_verbs_a_light_verb_chains_to_are_features_with_the_last_ones_kind() {
    assertThat(ActionStructure.features("Continue to take steps to ratify the Convention", List.of("thecap")))
        .contains("gc:continu_tak_ratify", "gl:ratify", "kl:specific", "kls:specific_thecap");
    assertThat(ActionStructure.features("Consider ratifying the Protocol", List.of())).contains("gc:consider_ratify");
  }

  @Test
  void the_means_a_continuing_ask_names_is_read_with_its_kind() {
    assertThat(ActionStructure.features("Continue its efforts against trafficking, including by adopting a law", List.of()))
        .contains("m:adopt", "gm:continu_adopt", "k:continuing_continuing_specific");
    assertThat(ActionStructure.features("Give continuity to its health programmes", List.of()))
        .contains("k:continuing_other_none", "gm:giv_none");
  }

  @Test
  void a_purpose_clause_gives_its_verb() {
    assertThat(ActionStructure.features("Review the Penal Code in order to abolish the death penalty", List.of()))
        .contains("p:abolish", "gp:review_abolish");
  }

  @Test
  void a_text_with_no_words_has_no_structure() {
    assertThat(ActionStructure.features("", List.of())).isEmpty();
    assertThat(ActionStructure.features("that the Government", List.of())).isEmpty();
  }

  @Test
  void the_stem_makes_inflections_one_word() {
    assertThat(List.of("continue", "continues", "continued", "continuing").stream().map(ActionStructure::stem).distinct())
        .containsExactly("continu");
    assertThat(ActionStructure.stem("access")).isEqualTo("access");
  }
}
