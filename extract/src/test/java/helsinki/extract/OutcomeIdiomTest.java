package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import helsinki.core.AskAction;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome idioms added after the second held-out batch, each a named rule with sentences of its own. */
class OutcomeIdiomTest {

  private static List<Outcome> outcomes(String text) {
    return new FakeDocument(DocumentKind.REPORT, "Sahel Rights", text)
        .entity(EntityType.PERSON, "Marta Lind", "Envoy Marta Lind", "Ms Lind")
        .entity(EntityType.GOVERNMENT, "Malian authorities")
        .place("Bamako", "ML").extract().outcomes();
  }

  @Test
  void a_statement_that_made_no_mention_did_not_raise() {
    assertThat(outcomes("The final communiqué made no mention of the detained journalists."))
        .extracting(Outcome::action, Outcome::status).containsExactly(tuple(AskAction.RAISE, OutcomeStatus.NOT_MET));
  }

  @Test
  void released_two_of_the_five_is_partly_met_and_answered_two_of_three_too() {
    assertThat(outcomes("In March the authorities released two of the five activists."))
        .extracting(Outcome::action, Outcome::status).containsExactly(tuple(AskAction.RELEASE, OutcomeStatus.PARTIALLY_MET));
    assertThat(outcomes("The ministry answered three of the committee's seven questions."))
        .extracting(Outcome::action, Outcome::status).containsExactly(tuple(AskAction.OTHER, OutcomeStatus.PARTIALLY_MET));
  }

  @Test
  void accepted_the_principle_is_accepted() {
    assertThat(outcomes("The Council has accepted the principle of an independent inquiry."))
        .extracting(Outcome::status).containsExactly(OutcomeStatus.ACCEPTED);
  }

  @Test
  void ruled_out_doing_it_is_rejected() {
    assertThat(outcomes("The ministry has ruled out repealing the cybercrime law."))
        .extracting(Outcome::action, Outcome::status).containsExactly(tuple(AskAction.REPEAL, OutcomeStatus.REJECTED));
  }

  @Test
  void were_refused_a_visit_is_rejected() {
    assertThat(outcomes("Defence lawyers were again refused a prison visit in Bamako."))
        .extracting(Outcome::status).containsExactly(OutcomeStatus.REJECTED);
  }

  @Test
  void met_people_named_by_a_common_noun_is_met() {
    assertThat(outcomes("Ms Lind met relatives of the detained soldiers in Bamako."))
        .extracting(Outcome::subject, Outcome::action, Outcome::status).containsExactly(tuple("E1", AskAction.MEET, OutcomeStatus.MET));
  }

  @Test
  void a_question_states_no_outcome() {
    assertThat(outcomes("(b) Has the Government raised the case with the Malian authorities?")).isEmpty();
  }

  @Test
  void have_not_been_released_is_an_outcome_but_have_not_been_allowed_is_not() {
    assertThat(outcomes("Ana Diallo has not been released.")).extracting(Outcome::action, Outcome::status)
        .containsExactly(tuple(AskAction.RELEASE, OutcomeStatus.NOT_MET));
    assertThat(outcomes("Consular officials have not been allowed to see him.")).isEmpty();
  }

  @Test
  void two_clauses_about_different_people_are_two_outcomes() {
    List<Outcome> o = outcomes("Ms Lind did not meet relatives of the detained soldiers, and the planned meeting with "
        + "independent journalists was cancelled.");
    assertThat(o).hasSize(2);
    assertThat(o.get(0).evidence().quote()).isEqualTo("Ms Lind did not meet relatives of the detained soldiers");
  }

  @Test
  void she_after_a_sentence_that_opens_with_her_is_the_person_before() {
    List<Outcome> o = new FakeDocument(DocumentKind.REPORT, "Sahel Rights",
        "Envoy Marta Lind was in Bamako on 4 May. Her programme included talks with Colonel Issa Traore. "
            + "According to her office, she raised the detentions with him.")
        .entity(EntityType.PERSON, "Marta Lind", "Envoy Marta Lind").entity(EntityType.PERSON, "Issa Traore", "Colonel Issa Traore")
        .extract().outcomes();
    assertThat(o).extracting(Outcome::subject, Outcome::action).containsExactly(tuple("E1", AskAction.RAISE));
  }
}
