package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.DocumentKind;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engagement idioms added after the second held-out batch, each a named rule with sentences of its own. */
class EngagementIdiomTest {

  private static FakeDocument news(String text) {
    return new FakeDocument(DocumentKind.NEWS, "Andes Monitor", text)
        .entity(EntityType.PERSON, "Lena Vogt", "Minister Lena Vogt", "Ms Vogt", "Vogt")
        .entity(EntityType.PERSON, "Carlos Ruiz", "Foreign Minister Carlos Ruiz", "Ruiz")
        .place("Lima", "PE").place("Peru", "PE");
  }

  @Test
  void a_committee_heard_testimony_from_is_a_hearing() {
    List<Engagement> g = new FakeDocument(DocumentKind.LETTER, "Justice Committee",
        "On 2 June the Committee heard testimony from the widow of Omar Said.")
        .entity(EntityType.ORGANIZATION, "Committee").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.HEARING);
      assertThat(e.actor()).isEqualTo("E1");
    });
  }

  @Test
  void you_plan_to_visit_is_the_addressees_visit() {
    List<Engagement> g = FakeDocument.letter("Andes Rights", "Minister Lena Vogt", "We understand that you plan to visit Lima in May.")
        .place("Lima", "PE").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.VISIT);
      assertThat(e.actor()).isEqualTo("E2");
      assertThat(e.place().country()).isEqualTo("PE");
    });
  }

  @Test
  void led_the_delegation_to_the_summit_is_a_summit_dated_where_the_text_names_it() {
    List<Engagement> g = news("Ahead of the EU–Andean summit of 3 May, activists wrote letters. Ms Vogt led the German delegation to the summit in Lima.")
        .time("3 May", LocalDate.of(2024, 5, 3)).extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.SUMMIT);
      assertThat(e.actor()).isEqualTo("E1");
      assertThat(e.when().start()).isEqualTo(LocalDate.of(2024, 5, 3));
    });
  }

  @Test
  void a_possessive_meeting_and_the_next_one_in_the_programme_are_two_meetings() {
    List<Engagement> g = news("Minister Lena Vogt arrived on Monday. Her programme included talks with Foreign Minister Carlos Ruiz "
        + "and a working dinner with the rector of San Marcos university.").extract().engagements();
    assertThat(g).filteredOn(e -> e.type() == EngagementType.MEETING).hasSize(2)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("E1"))
        .anySatisfy(e -> assertThat(e.counterparts()).containsExactly("E2"))
        .anySatisfy(e -> assertThat(e.evidence().quote()).startsWith("a working dinner with the rector"));
  }

  @Test
  void her_meeting_inside_a_sentence_is_the_sentences_person() {
    List<Engagement> g = news("Carlos Ruiz spoke first. Then Ms Vogt raised the case in her private meeting with Ruiz on Tuesday.")
        .extract().engagements();
    assertThat(g).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("E1"));
  }

  @Test
  void met_with_people_named_by_a_common_noun_is_a_meeting_but_met_the_criteria_is_not() {
    assertThat(news("Ms Vogt met relatives of the disappeared students in Lima.").extract().engagements())
        .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EngagementType.MEETING));
    assertThat(news("Ms Vogt met the criteria for a second term.").extract().engagements()).isEmpty();
  }

  @Test
  void was_in_a_known_place_with_a_date_is_a_visit_but_was_in_prison_is_not() {
    assertThat(news("Minister Lena Vogt was in Lima on 4 May.").extract().engagements())
        .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EngagementType.VISIT));
    assertThat(news("Carlos Ruiz was in Detention for a year.").extract().engagements()).isEmpty();
  }

  @Test
  void a_stay_in_the_summits_city_is_the_summit_and_a_duration_is_no_date() {
    List<Engagement> g = FakeDocument.letter("Andes Rights", "Minister Lena Vogt",
        "I write ahead of the Andean ministerial meeting in Lima on 3 May. Please raise the case during your stay in Lima.")
        .place("Lima", "PE").time("3 May", LocalDate.of(2024, 5, 3)).extract().engagements();
    assertThat(g).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EngagementType.SUMMIT));
  }
}
