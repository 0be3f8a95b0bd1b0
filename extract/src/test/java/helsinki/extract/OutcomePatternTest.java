package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.AskAction;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomePatternTest {

  private static FakeDocument news(String text) {
    return new FakeDocument(DocumentKind.NEWS, "Caucasus Report", text)
        .entity(EntityType.PERSON, "Jan Kowalski", "Minister Jan Kowalski", "Kowalski")
        .entity(EntityType.PERSON, "Ilham Aliyev", "President Ilham Aliyev")
        .place("Azerbaijan", "AZ").place("Baku", "AZ");
  }

  @Test
  void he_did_not_meet_is_not_met_with_the_visit_as_occasion() {
    List<Outcome> o = news("Minister Jan Kowalski’s first visit to Azerbaijan ended on Friday. "
        + "While he met with President Ilham Aliyev, he didn’t meet with any of the jailed journalists’ lawyers.")
        .extract().outcomes();
    assertThat(o).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("E1");
      assertThat(x.action()).isEqualTo(AskAction.MEET);
      assertThat(x.status()).isEqualTo(OutcomeStatus.NOT_MET);
      assertThat(x.occasion()).isEqualTo("G1");
      assertThat(x.evidence().quote()).isEqualTo("he didn’t meet with any of the jailed journalists’ lawyers");
      assertThat(x.answers()).isEmpty();
    });
  }

  @Test
  void the_decision_not_to_meet_restates_the_earlier_outcome() {
    List<Outcome> o = news("Kowalski did not meet with rights defenders in Baku. The decision not to meet them was criticised. "
        + "The failure to meet them was noted.").extract().outcomes();
    assertThat(o).hasSize(1);
  }

  @Test
  void the_decision_not_to_alone_takes_the_last_named_person_as_subject() {
    List<Outcome> o = news("Minister Jan Kowalski was in Baku. The decision not to condemn the arrests surprised many.")
        .extract().outcomes();
    assertThat(o).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("E1");
      assertThat(x.action()).isEqualTo(AskAction.CONDEMN);
    });
  }

  @Test
  void failing_is_not_met_and_refusing_or_declining_is_rejected() {
    // TAXONOMY.md: REJECTED is "the target declined it"; NOT_MET that it was not done.
    List<Outcome> o = news("Kowalski failed to raise the case of Tofig Yagublu. President Ilham Aliyev refused to release the prisoners.")
        .extract().outcomes();
    assertThat(o).extracting(Outcome::action, Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AskAction.RAISE, OutcomeStatus.NOT_MET),
        org.assertj.core.groups.Tuple.tuple(AskAction.RELEASE, OutcomeStatus.REJECTED));
    assertThat(o.get(1).subject()).isEqualTo("E2");
  }

  @Test
  void how_it_was_not_done_does_not_hide_the_verb() {
    List<Outcome> o = news("Kowalski failed to publicly condemn the arrests. President Ilham Aliyev did not even mention the prisoners.")
        .extract().outcomes();
    assertThat(o).extracting(Outcome::action, Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AskAction.CONDEMN, OutcomeStatus.NOT_MET),
        org.assertj.core.groups.Tuple.tuple(AskAction.RAISE, OutcomeStatus.NOT_MET));
  }

  @Test
  void did_not_with_a_verb_that_names_no_action_is_no_outcome() {
    assertThat(news("Kowalski did not know about the trial.").extract().outcomes()).isEmpty();
  }

  @Test
  void a_plain_met_with_is_met_but_a_concessive_one_is_not_an_outcome() {
    assertThat(news("Kowalski met with the mothers of the detained in Baku.").extract().outcomes())
        .singleElement().extracting(Outcome::status).isEqualTo(OutcomeStatus.MET);
    assertThat(news("Although Kowalski met with officials in Baku, little changed.").extract().outcomes()).isEmpty();
  }

  @Test
  void supported_and_noted_recommendations_are_accepted_and_rejected() {
    List<Outcome> o = new FakeDocument(DocumentKind.REPORT, "UPR Monitor",
        "Azerbaijan supported the recommendation on torture. Azerbaijan noted the recommendations on the death penalty.")
        .entity(EntityType.GOVERNMENT, "Azerbaijan").extract().outcomes();
    assertThat(o).extracting(Outcome::status).containsExactly(OutcomeStatus.ACCEPTED, OutcomeStatus.REJECTED);
    assertThat(o).extracting(Outcome::subject).containsOnly("E1");
  }

  @Test
  void hypotheticals_and_past_condemnations_by_others_are_no_outcomes_and_no_asks() {
    Extraction x = news("If ministers suddenly stopped meeting with dissidents, it would send a bad signal. "
        + "After the Foreign Office condemned the arrests in Baku, little changed.").extract();
    assertThat(x.outcomes()).isEmpty();
    assertThat(x.asks()).isEmpty();
  }

  @Test
  void has_not_and_yet_to_are_not_met_and_a_light_verb_takes_its_objects_action() {
    List<Outcome> o = news("Azerbaijan's parliament, however, has not repealed the NGO law. "
        + "Kowalski has yet to open an investigation into the beatings.").extract().outcomes();
    assertThat(o).extracting(Outcome::action, Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AskAction.REPEAL, OutcomeStatus.NOT_MET),
        org.assertj.core.groups.Tuple.tuple(AskAction.INVESTIGATE, OutcomeStatus.NOT_MET));
    assertThat(o.get(1).subject()).isEqualTo("E1");
  }

  @Test
  void rejecting_calls_is_rejected_and_agreeing_is_accepted() {
    List<Outcome> o = news("President Ilham Aliyev rejected calls to free the bloggers. "
        + "The government later agreed to allow consular visits to the prisoners.").extract().outcomes();
    assertThat(o).extracting(Outcome::action, Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AskAction.RELEASE, OutcomeStatus.REJECTED),
        org.assertj.core.groups.Tuple.tuple(AskAction.SUPPORT, OutcomeStatus.ACCEPTED));
    assertThat(o.get(0).subject()).isEqualTo("E2");
  }

  @Test
  void saying_one_raised_the_cases_is_met_and_a_pronoun_means_the_last_sentences_first_person() {
    List<Outcome> o = news("Minister Jan Kowalski met President Ilham Aliyev in Baku on Monday. "
        + "She said she had raised the cases of jailed journalists.").extract().outcomes();
    assertThat(o).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("E1");
      assertThat(x.action()).isEqualTo(AskAction.RAISE);
      assertThat(x.status()).isEqualTo(OutcomeStatus.MET);
    });
  }

  @Test
  void a_passive_release_is_met_with_no_subject_but_raised_prices_are_no_outcome() {
    List<Outcome> o = news("Two of the journalists were released on Friday. The ministry raised prices of bread.").extract().outcomes();
    assertThat(o).singleElement().satisfies(x -> {
      assertThat(x.subject()).isNull();
      assertThat(x.action()).isEqualTo(AskAction.RELEASE);
      assertThat(x.status()).isEqualTo(OutcomeStatus.MET);
    });
  }
}
