package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Evidence;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped models, on recommendations and asks written for this test. */
class ClassifiersTest {

  private static Classifiers classifiers;

  @BeforeAll
  static void load() {
    classifiers = Classifiers.load();
  }

  @Test
  void every_one_of_the_54_themes_gets_a_score() {
    assertThat(classifiers.themeScores("Abolish the death penalty")).hasSize(54)
        .containsKeys("Death penalty", "Women's rights", "Torture and other CID treatment", "Asylum-seekers - refugees");
  }

  @Test
  void a_recommendation_gets_the_themes_it_is_about() {
    assertThat(classifiers.themes("Abolish the death penalty for all crimes")).contains("Death penalty");
    assertThat(classifiers.themes("Investigate all allegations of torture in police custody and prosecute the perpetrators"))
        .contains("Torture and other CID treatment");
    assertThat(classifiers.themes("Protect journalists from harassment and guarantee the freedom of the press"))
        .contains("Freedom of the press");
  }

  @Test
  void the_opening_verb_sets_the_strength() {
    assertThat(classifiers.strength("Consider ratifying the Optional Protocol to the Convention against Torture")).hasValue(3);
    assertThat(classifiers.strength("Continue its efforts to reduce poverty in rural areas")).hasValue(2);
    assertThat(classifiers.strength("Ratify the International Convention for the Protection of All Persons from Enforced Disappearance"))
        .hasValue(5);
  }

  @Test
  void the_shipped_strength_model_reads_a_sentence_embedding_and_does_without_one_that_cannot_run() {
    assertThat(classifiers.embedding()).isTrue();
    Classifiers unavailable = classifiers.withEmbedder(text -> new float[0]);
    String ask = "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance";
    assertThat(unavailable.strength(ask)).isEqualTo(classifiers.strength(ask)).hasValue(5);
  }

  @Test
  void acceptance_is_a_probability_and_a_costly_ask_is_less_likely_accepted_than_a_mild_one() {
    double abolish = classifiers.acceptance("Abolish the death penalty and commute all death sentences").orElseThrow();
    double continueEfforts = classifiers.acceptance("Continue its efforts to promote human rights education in schools").orElseThrow();
    assertThat(abolish).isBetween(0.0, 1.0);
    assertThat(continueEfforts).isGreaterThan(abolish);
  }

  @Test
  void a_text_of_unknown_words_gets_no_label_rather_than_a_guess() {
    assertThat(classifiers.themeScores("zzqx qqzv")).isEmpty();
    assertThat(classifiers.themes("zzqx qqzv")).isEmpty();
    assertThat(classifiers.strength("zzqx qqzv")).isEmpty();
    assertThat(classifiers.acceptance("zzqx qqzv")).isEmpty();
  }

  @Test
  void a_letters_ask_is_labelled_from_its_evidence_after_the_urging() {
    String quote = "we urge you to press the authorities to release the human rights defenders detained since March";
    Ask ask = new Ask("A1", "E1", "E2", AskAction.RELEASE, null, List.of(), null, null, null, null, List.of(),
        new Evidence(0, quote.length(), quote));
    Ask labelled = classifiers.labelled(ask);
    assertThat(labelled.themes()).contains("Human rights defenders");
    assertThat(labelled.strength()).isBetween(1, 5);
    assertThat(labelled.id()).isEqualTo("A1");
    assertThat(labelled.evidence()).isEqualTo(ask.evidence());
    assertThat(classifiers.acceptance(ask)).isPresent();
  }

  @Test
  void a_documents_themes_are_its_asks_themes_and_those_of_two_paragraphs() {
    String text = "Abolish the death penalty for all crimes.\n\nCommute all death sentences and abolish capital punishment.\n\n"
        + "The weather was fine.";
    Ask ask = new Ask("A1", null, null, AskAction.OTHER, null, List.of(), null, null, null, 5, List.of("Corruption"),
        new Evidence(0, 5, "fight"));
    assertThat(classifiers.documentThemes(text, List.of(ask))).startsWith("Corruption").contains("Death penalty");
  }
}
