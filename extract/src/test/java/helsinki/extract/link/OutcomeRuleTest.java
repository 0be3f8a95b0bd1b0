package helsinki.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Evidence;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An outcome in a later report against the asks of an earlier letter, on sentences written for these tests. */
class OutcomeRuleTest {

  private static final LocalDate LETTER = LocalDate.of(2021, 3, 2);
  private static final LocalDate REPORT = LocalDate.of(2021, 3, 20);

  private final Names names = new Names()
      .name("letter", "E1", "Anna Berg").name("letter", "E2", "Azerbaijani authorities")
      .name("report", "E4", "Anna Berg").name("report", "E5", "Marek Nowak")
      .name("report", "E6", "Azerbaijani authorities");
  private final OutcomeRule rule = new OutcomeRule(names, ObjectSimilarity.lexical());

  private static Ask ask(AskAction action, String object, String... counterparts) {
    return new Ask("A1", "E9", "E1", action, object, List.of(counterparts), null, "G1", null, null, List.of(),
        new Evidence(0, 10, "we urge you to " + object));
  }

  private static Outcome outcome(String subject, AskAction action, String object, OutcomeStatus status) {
    return new Outcome("O1", subject, action, object, status, "G1", List.of(), new Evidence(0, 10, object));
  }

  private static <T> InDocument<T> in(String document, LocalDate date, T item, @Nullable String engagement) {
    return new InDocument<>(document, date, item, engagement);
  }

  private static final Ask MEET_LAWYERS = ask(AskAction.MEET, "with the lawyers of jailed journalists in Baku");
  private static final Outcome DID_NOT_MEET =
      outcome("E4", AskAction.MEET, "with any of the jailed journalists' lawyers", OutcomeStatus.NOT_MET);

  @Test
  void a_later_did_not_meet_answers_the_ask_to_meet_on_the_same_trip() {
    assertThat(rule.score(in("report", REPORT, DID_NOT_MEET, "trip-1"), in("letter", LETTER, MEET_LAWYERS, "trip-1")))
        .hasValueSatisfying(m -> {
          assertThat(m.score()).isGreaterThan(0.8);
          assertThat(m.rule()).contains("actor=target", "action=same", "occasion=same");
        });
  }

  @Test
  void another_actor_not_meeting_them_answers_nothing() {
    Outcome other = outcome("E5", AskAction.MEET, "with any of the jailed journalists' lawyers", OutcomeStatus.NOT_MET);
    assertThat(rule.score(in("report", REPORT, other, "trip-1"), in("letter", LETTER, MEET_LAWYERS, "trip-1"))).isEmpty();
  }

  @Test
  void an_outcome_of_another_trip_answers_nothing() {
    assertThat(rule.score(in("report", REPORT, DID_NOT_MEET, "trip-2"), in("letter", LETTER, MEET_LAWYERS, "trip-1"))).isEmpty();
  }

  @Test
  void an_outcome_reported_before_the_ask_answers_nothing() {
    assertThat(rule.score(in("report", LETTER.minusDays(10), DID_NOT_MEET, null), in("letter", LETTER, MEET_LAWYERS, null)))
        .isEmpty();
  }

  @Test
  void a_meeting_outcome_does_not_answer_an_ask_to_raise() {
    Ask raise = ask(AskAction.RAISE, "the case of the jailed journalists and their lawyers");
    assertThat(rule.score(in("report", REPORT, DID_NOT_MEET, "trip-1"), in("letter", LETTER, raise, "trip-1"))).isEmpty();
  }

  @Test
  void not_meeting_other_people_does_not_answer_the_ask_to_meet_the_lawyers() {
    Outcome officials = outcome("E4", AskAction.MEET, "with the president and the foreign minister", OutcomeStatus.NOT_MET);
    assertThat(rule.score(in("report", REPORT, officials, "trip-1"), in("letter", LETTER, MEET_LAWYERS, "trip-1"))).isEmpty();
  }

  @Test
  void condemning_answers_an_ask_to_raise_the_same_thing_in_part() {
    Ask raise = ask(AskAction.RAISE, "concern over the arrests of peaceful protesters");
    Outcome condemned = outcome("E4", AskAction.CONDEMN, "the arrests of peaceful protesters", OutcomeStatus.MET);
    assertThat(rule.score(in("report", REPORT, condemned, null), in("letter", LETTER, raise, null)))
        .hasValueSatisfying(m -> assertThat(m.rule()).contains("action=family", "occasion=window"));
  }

  @Test
  void the_party_a_nested_ask_has_the_target_press_is_its_final_actor() {
    Ask nested = ask(AskAction.RAISE, "Azerbaijani authorities to repeal the law on foreign grants", "E2");
    Outcome kept = outcome("E6", AskAction.REPEAL, "the law on foreign grants", OutcomeStatus.NOT_MET);
    assertThat(rule.score(in("report", REPORT, kept, null), in("letter", LETTER, nested, null)))
        .hasValueSatisfying(m -> assertThat(m.rule()).contains("actor=final"));
  }

  @Test
  void an_outcome_more_than_a_year_later_without_a_shared_occasion_answers_nothing() {
    assertThat(rule.score(in("report", LETTER.plusYears(2), DID_NOT_MEET, null), in("letter", LETTER, MEET_LAWYERS, null)))
        .isEmpty();
  }

  @Test
  void embedding_similarity_is_used_when_an_embedder_is_given() {
    Embedder fixed = text -> text.contains("lawyers") ? new float[] {1, 0} : new float[] {0, 1};
    OutcomeRule embedded = new OutcomeRule(names, new ObjectSimilarity(fixed));
    assertThat(embedded.score(in("report", REPORT, DID_NOT_MEET, "trip-1"), in("letter", LETTER, MEET_LAWYERS, "trip-1")))
        .hasValueSatisfying(m -> assertThat(m.rule()).contains("object=1.00 "));
  }
}
