package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asks made as lists and as coordinated clauses, each rule with sentences written for it. */
class AskListTest {

  private static List<Ask> statement(String publisher, String text, String... targets) {
    FakeDocument d = new FakeDocument(DocumentKind.STATEMENT, publisher, text).entity(EntityType.ORGANIZATION, publisher);
    for (String t : targets) {
      d.entity(EntityType.GOVERNMENT, t);
    }
    return d.extract().asks();
  }

  @Test
  void a_list_under_we_urge_x_to_gives_one_ask_of_x_per_item() {
    List<Ask> asks = statement("Sahel Justice Network", """
        We urge the Commission to:

        - support an independent investigation of abuses by all armed groups in Mali;
        - ensure that survivors of sexual violence are heard in every consultation;
        - call on the transitional authorities to allow journalists into the north.
        """, "Commission", "transitional authorities");
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(
        tuple(AskAction.SUPPORT, "E2"), tuple(AskAction.PROTECT, "E2"), tuple(AskAction.RAISE, "E2"));
    assertThat(asks.get(2).counterparts()).containsExactly("E3");
    assertThat(asks.get(0).evidence().quote()).isEqualTo("support an independent investigation of abuses by all armed groups in Mali");
  }

  @Test
  void a_numbered_list_splits_items_that_join_two_asks() {
    List<Ask> asks = statement("Families Searching Together", """
        We call on the federal government to:
        1. fund the national forensic identification system;
        2. protect family search groups and investigate every attack against them;
        3. bring to justice those responsible, including state agents.
        """, "federal government");
    assertThat(asks).extracting(Ask::action).containsExactly(
        AskAction.SUPPORT, AskAction.PROTECT, AskAction.INVESTIGATE, AskAction.INVESTIGATE);
    assertThat(asks).extracting(Ask::target).containsOnly("E2");
  }

  @Test
  void a_report_addresses_its_recommendations_line_by_line() {
    List<Ask> asks = statement("Borderlands Watch", """
        Recommendations

        To the Ministry of Interior: immediately release all detained asylum seekers and lift the ban on visits to camps.

        To the Donor Governments:
        - fund legal aid for refugees;
        - suspend support to units implicated in pushbacks.
        """, "Ministry of Interior", "Donor Governments");
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(
        tuple(AskAction.RELEASE, "E2"), tuple(AskAction.REPEAL, "E2"), tuple(AskAction.SUPPORT, "E3"), tuple(AskAction.SANCTION, "E3"));
  }

  @Test
  void a_recommendation_line_may_name_its_target_in_lower_case_after_the() {
    List<Ask> asks = statement("Delta Rights Watch", """
        To the armed forces of Sudan: stop the shelling of residential areas and allow aid convoys to reach El Fasher.
        """, "armed forces of Sudan");
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(
        tuple(AskAction.END, "E2"), tuple(AskAction.SUPPORT, "E2"));
  }

  @Test
  void a_possessive_target_is_not_the_possessor_and_a_new_main_clause_ends_the_object() {
    List<Ask> asks = statement("Caucasus Civic Forum",
        "We urge Armenia's international partners to condemn the raids, and we ask the Council of Europe to monitor the trials.",
        "Armenia", "Council of Europe");
    assertThat(asks).extracting(Ask::action, Ask::target, Ask::object).containsExactly(
        tuple(AskAction.CONDEMN, null, "the raids"), tuple(AskAction.OTHER, "E3", "the trials"));
  }

  @Test
  void the_authorities_should_with_a_colon_heads_a_list() {
    List<Ask> asks = statement("Andes Rights Centre", """
        The authorities should:
        • repeal the decree on foreign funding of associations;
        • free the students held since the March protests.
        """, "authorities");
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.REPEAL, AskAction.RELEASE);
  }

  @Test
  void coordinated_infinitives_are_one_ask_each() {
    List<Ask> asks = statement("Caucasus Civic Forum",
        "We call on the government of Armenia to repeal the law, to investigate every report of violence against protesters, "
            + "and to protect the right to freedom of association.", "government of Armenia");
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.REPEAL, AskAction.INVESTIGATE, AskAction.PROTECT);
    assertThat(asks).extracting(Ask::target).containsOnly("E2");
    assertThat(asks.get(1).evidence().quote()).isEqualTo("investigate every report of violence against protesters");
  }

  @Test
  void a_nested_ask_keeps_its_own_coordination_but_a_comma_returns_to_the_first_target() {
    List<Ask> asks = FakeDocument.letter("Baltic Press Freedom Centre", "Minister Ada Kask",
        "We ask you to call publicly for the release of all jailed reporters, to press the Belarusian authorities to allow "
            + "monitors into penal colonies and to end solitary confinement, and to extend targeted sanctions to the judges responsible.")
        .entity(EntityType.GOVERNMENT, "Belarusian authorities").extract().asks();
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.RAISE, AskAction.RAISE, AskAction.SANCTION);
    assertThat(asks.get(1).counterparts()).containsExactly("E3");
    assertThat(asks.get(1).object()).contains("to end solitary confinement");
  }

  @Test
  void a_noun_after_and_is_no_new_ask() {
    List<Ask> asks = FakeDocument.letter("Gulf Rights Centre", "Minister Alan Price",
        "We urge you to raise the torture and release of detained bloggers with your counterparts.").extract().asks();
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.RAISE);
  }

  @Test
  void verbs_joined_inside_a_that_clause_or_by_or_stay_one_ask() {
    List<Ask> asks = FakeDocument.letter("Gulf Rights Centre", "Minister Alan Price",
        "We urge you to make clear that your government will not tolerate or excuse torture and release no arms to its police.")
        .extract().asks();
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.RAISE);
  }

  @Test
  void an_organisation_that_urges_in_the_present_tense_is_the_requester() {
    List<Ask> asks = new FakeDocument(DocumentKind.NEWS, "Equal Dignity Monitor",
        "Equal Dignity Monitor urges the Kenyan authorities to release those detained and to drop all charges against them.")
        .entity(EntityType.ORGANIZATION, "Equal Dignity Monitor").entity(EntityType.GOVERNMENT, "Kenyan authorities")
        .extract().asks();
    assertThat(asks).extracting(Ask::requester, Ask::target, Ask::action).containsExactly(
        tuple("E1", "E2", AskAction.RELEASE), tuple("E1", "E2", AskAction.RELEASE));
  }

  @Test
  void we_write_to_ask_a_body_names_it_as_target() {
    List<Ask> asks = FakeDocument.letter("Horn Accountability Project", "Chairperson Amina Diallo",
        "We are writing to ask the African Union to press for independent access to western Tigray.")
        .entity(EntityType.ORGANIZATION, "African Union").extract().asks();
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(tuple(AskAction.RAISE, "E3"));
  }

  @Test
  void a_treaty_bodys_numbered_paragraph_the_state_party_should_heads_a_lettered_list() {
    List<Ask> asks = statement("Human Rights Committee", """
        22. The State party should:

        (a) Guarantee that every person deprived of liberty can see a lawyer from the outset of custody;

        (b) Repeal article 341 of the Penal Code, which criminalises defamation of public officials;

        (c) Investigate all deaths in police cells and prosecute the officers responsible.
        """, "State party");
    assertThat(asks).extracting(Ask::action).containsExactly(
        AskAction.PROTECT, AskAction.REPEAL, AskAction.INVESTIGATE, AskAction.INVESTIGATE);
    assertThat(asks).extracting(Ask::target).containsOnly("E2");
  }

  @Test
  void a_resolutions_operative_clauses_are_asks_of_the_body_they_call_on() {
    List<Ask> asks = statement("Inter-Parliamentary Forum", """
        The Inter-Parliamentary Forum,

        1. Deplores the conviction of the trade unionist Pavel Hrynko on 4 June;

        2. Calls on the Belarusian authorities to release Pavel Hrynko and to end the prosecution of striking workers;

        3. Also urges the member parliaments to raise his case in their bilateral contacts.
        """, "Belarusian authorities", "member parliaments");
    assertThat(asks).extracting(Ask::action, Ask::target).containsExactly(
        tuple(AskAction.RELEASE, "E2"), tuple(AskAction.END, "E2"), tuple(AskAction.RAISE, "E3"));
  }
}
