package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The idioms added after the second held-out batch: impersonal, subjunctive and passive asks, calls for a
 * noun, "we ask that you:" lists, and targets named by initials or by a bare organ; each a named rule with
 * sentences of its own about other countries.
 */
class ImpersonalAskTest {

  private static boolean matches(AskPattern p, String sentence) {
    Matcher m = p.pattern().matcher(sentence);
    return m.find() && m.group("verb") != null;
  }

  /** A press release of UN experts about Belarus, whose lead makes "the experts said" its own voice. */
  private static FakeDocument release(String body) {
    return new FakeDocument(DocumentKind.STATEMENT, "OHCHR",
        "GENEVA (2 May 2023) – UN experts today condemned the sentencing of Viasna's lawyers in Belarus.\n\n" + body)
        .entity(EntityType.ORGANIZATION, "UN")
        .entity(EntityType.GOVERNMENT, "Belarusian authorities", "Belarus");
  }

  @Test
  void it_is_crucial_that_the_authorities_investigate_asks_them() {
    String s = "\"It is crucial that the authorities investigate the deaths in custody and hold those responsible to account,\" the experts said.";
    assertThat(matches(AskPattern.IT_IS_CRUCIAL_THAT_X, s)).isTrue();
    List<Ask> asks = release("Two detainees died in Zhodino prison. " + s).extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.action()).isEqualTo(AskAction.INVESTIGATE);
      assertThat(a.target()).isEqualTo("E2");
    });
  }

  @Test
  void a_quoted_impersonal_ask_of_someone_else_is_not_the_publishers() {
    String s = "\"It is crucial that the opposition stop the protests,\" the interior minister said.";
    assertThat(release(s).extract().asks()).isEmpty();
  }

  @Test
  void those_detained_should_be_released_asks_whoever_holds_them() {
    String s = "\"Those held for their work as lawyers should be released immediately,\" the experts said.";
    assertThat(matches(AskPattern.SHOULD_BE_DONE, s)).isTrue();
    List<Ask> asks = release("The Belarusian authorities have detained eleven lawyers. " + s).extract().asks();
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.RELEASE, "E2"));
  }

  @Test
  void a_headline_ask_is_not_counted_again() {
    String text = "Jailed bloggers must be freed\n\nThe Vietnamese authorities must release the three bloggers, Press Freedom Now said today.";
    FakeDocument titled = new FakeDocument(DocumentKind.STATEMENT, "Press Freedom Now", text).title("Jailed bloggers must be freed")
        .entity(EntityType.ORGANIZATION, "Press Freedom Now").entity(EntityType.GOVERNMENT, "Vietnamese authorities");
    assertThat(titled.extract().asks()).extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.RELEASE, "E2"));
    FakeDocument untitled = new FakeDocument(DocumentKind.STATEMENT, "Press Freedom Now", text)
        .entity(EntityType.ORGANIZATION, "Press Freedom Now").entity(EntityType.GOVERNMENT, "Vietnamese authorities");
    // Without a title the first line is a sentence like any other.
    assertThat(untitled.extract().asks()).hasSize(2);
  }

  @Test
  void we_call_for_an_end_to_reads_the_noun() {
    String s = "We call for an end to the harassment of independent journalists and their families.";
    assertThat(matches(AskPattern.WE_CALL_FOR, s)).isTrue();
    assertThat(release(s).extract().asks()).extracting(Ask::action).containsExactly(AskAction.END);
    assertThat(release("We call for calm on all sides.").extract().asks()).isEmpty();
  }

  @Test
  void experts_called_for_the_law_to_be_brought_into_line_asks_for_an_amendment() {
    String s = "The experts also called for the law on extremism to be brought into line with international standards.";
    assertThat(matches(AskPattern.CALLED_FOR_TO_BE, s)).isTrue();
    assertThat(release(s).extract().asks()).extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.REPEAL, "E2"));
  }

  @Test
  void the_authorities_must_refrain_asks_that_a_practice_end() {
    String s = "The experts said the authorities must refrain from using counter-terrorism laws against lawyers.";
    assertThat(release(s).extract().asks()).extracting(Ask::action).containsExactly(AskAction.END);
  }

  @Test
  void a_coordinated_urging_is_asked_by_the_sentences_subject() {
    List<Ask> asks = release("UN experts expressed concern at the verdicts and urged Belarus to quash them.").extract().asks();
    assertThat(asks).extracting(Ask::requester, Ask::target, Ask::action).containsExactly(tuple("E1", "E2", AskAction.REPEAL));
  }

  @Test
  void a_committee_recommends_that_you_and_that_a_ministry_are_two_asks() {
    String s = "The Committee recommends that you raise the case of Grace Okafor with your Nigerian counterpart, "
        + "and that the Foreign Office fund legal aid for British nationals detained abroad.";
    assertThat(matches(AskPattern.RECOMMENDS_THAT, s)).isTrue();
    List<Ask> asks = FakeDocument.letter("Foreign Affairs Committee", "Secretary Ruth Cole", s)
        .entity(EntityType.GOVERNMENT, "Foreign Office").extract().asks();
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.RAISE, "E2"), tuple(AskAction.SUPPORT, "E3"));
  }

  @Test
  void and_that_without_a_recommendation_before_it_asks_nothing() {
    String s = "The minister said the trial was fair, and that the court establish the facts was enough.";
    assertThat(FakeDocument.letter("Foreign Affairs Committee", "Secretary Ruth Cole", s).extract().asks()).isEmpty();
  }

  @Test
  void members_would_ask_that_with_an_aside_asks_the_addressee() {
    String s = "Members would ask that, while in Lagos, you meet the families of the detained students.";
    assertThat(FakeDocument.letter("Foreign Affairs Committee", "Secretary Ruth Cole", s).extract().asks())
        .extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.MEET, "E2"));
  }

  @Test
  void a_request_to_answer_questions_is_an_ask_and_the_questions_are_not() {
    String text = "We request that you answer the following questions by 1 March 2026:\n"
        + "(a) How many British nationals are detained in Nigeria?\n(b) Has the Government raised their cases?\n";
    List<Ask> asks = FakeDocument.letter("Foreign Affairs Committee", "Secretary Ruth Cole", text).extract().asks();
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.OTHER, "E2"));
  }

  @Test
  void we_ask_that_you_heads_a_numbered_list() {
    String text = "We respectfully ask that you:\n\n1. Publicly call for the release of the jailed editors;\n"
        + "2. Raise, in your talks with the Ethiopian government, the repeal of the media law;\n"
        + "3. Make future budget support conditional on the release of journalists.\n";
    List<Ask> asks = FakeDocument.letter("Horn Media Watch", "Commissioner Ana Ruiz", text).extract().asks();
    assertThat(asks).extracting(Ask::action, Ask::target)
        .containsExactly(tuple(AskAction.RAISE, "E2"), tuple(AskAction.RAISE, "E2"), tuple(AskAction.SANCTION, "E2"));
  }

  @Test
  void asked_that_visitors_be_allowed_asks_whom_the_speaker_talked_with() {
    String s = "Minister Ole Berg raised the case with Foreign Minister Tamar Gelashvili and asked that diplomats be allowed to attend the trial.";
    List<Ask> asks = new FakeDocument(DocumentKind.NEWS, "Nordic Rights", s)
        .entity(EntityType.PERSON, "Ole Berg", "Minister Ole Berg")
        .entity(EntityType.PERSON, "Tamar Gelashvili", "Foreign Minister Tamar Gelashvili").extract().asks();
    assertThat(asks).extracting(Ask::requester, Ask::target, Ask::action).containsExactly(tuple("E1", "E2", AskAction.OTHER));
  }

  @Test
  void eu_member_states_should_is_one_actor_and_the_european_union_is_found_by_its_initials() {
    String s = "EU member states should suspend arms sales to Azerbaijan. The European Union should press Azerbaijan to free them.";
    assertThat(matches(AskPattern.X_SHOULD, "EU member states should suspend arms sales.")).isTrue();
    List<Ask> asks = new FakeDocument(DocumentKind.STATEMENT, "Caucasus Watch", "The EU has been silent. " + s)
        .entity(EntityType.GOVERNMENT, "EU").entity(EntityType.GOVERNMENT, "Azerbaijan").extract().asks();
    assertThat(asks).extracting(a -> a.evidence().quote().substring(0, 10), Ask::target)
        .containsExactly(tuple("EU member ", "E1"), tuple("The Europe", "E1"));
  }

  @Test
  void the_government_names_the_government_the_text_named_last() {
    String s = "Uganda's parliament passed the bill. The UN High Commissioner called on the government to withdraw it.";
    List<Ask> asks = new FakeDocument(DocumentKind.NEWS, "Equal Rights Monitor", s)
        .entity(EntityType.GOVERNMENT, "Uganda's parliament").entity(EntityType.PERSON, "UN High Commissioner").extract().asks();
    assertThat(asks).extracting(Ask::target, Ask::action).containsExactly(tuple("E1", AskAction.REPEAL));
  }
}
