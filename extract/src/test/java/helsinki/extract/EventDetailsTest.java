package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Count;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import helsinki.core.Event;
import helsinki.core.Qualifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events' attributes on letters and reports of our own: what is merged, who did it, how many and when. */
class EventDetailsTest {

  @Test
  void two_arrests_of_different_people_counted_differently_stay_two_events() {
    List<Event> events = new FakeDocument(DocumentKind.NEWS, "Andes Monitor",
        "The National Police arrested 18 trade unionists in Peru. The National Police detained 60 students in Lima.")
        .entity(EntityType.GOVERNMENT, "National Police").place("Peru", "PE").place("Lima", "PE").quantity("18 trade unionists", 18, Qualifier.EXACT, "trade unionists")
        .quantity("60 students", 60, Qualifier.EXACT, "students").extract().events();
    assertThat(events).hasSize(2);
    assertThat(events.get(0).counts()).extracting(Count::value).containsExactly(18L);
    assertThat(events.get(1).counts()).extracting(Count::value).containsExactly(60L);
    assertThat(events.get(1).victims()).isEqualTo("60 students");
  }

  @Test
  void a_period_and_a_single_day_within_it_are_two_happenings() {
    List<Event> events = new FakeDocument(DocumentKind.NEWS, "Sahel Watch",
        "Dozens of bloggers have been detained in Mali since March 2022. Gendarmes detained a blogger in Bamako on 9 June 2023.")
        .place("Mali", "ML").place("Bamako", "ML")
        .period("since March 2022", LocalDate.of(2022, 3, 1), LocalDate.of(2024, 1, 10))
        .time("on 9 June 2023", LocalDate.of(2023, 6, 9)).extract().events();
    assertThat(events).hasSize(2);
    assertThat(events.get(1).when().start()).isEqualTo(LocalDate.of(2023, 6, 9));
  }

  @Test
  void the_addressee_asked_to_raise_arrests_is_not_their_perpetrator() {
    List<Event> events = FakeDocument.letter("Baltic Rights Forum", "Minister Ruta Kalnina",
        "Dear Minister Kalnina,\nWe urge Minister Kalnina to raise the cases of the reporters arrested in Belarus with her counterpart.")
        .place("Belarus", "BY").extract().events();
    assertThat(events).singleElement().satisfies(e -> assertThat(e.actors()).isEmpty());
  }

  @Test
  void people_a_past_participle_follows_are_its_victims_and_not_its_actors() {
    List<Event> events = FakeDocument.letter("Pacific Rights Network", "Minister Lena Ward",
        "Dear Minister Ward,\nPlease ask the Philippine Congress about the 14 nurses detained in Manila.")
        .entity(EntityType.GOVERNMENT, "Philippine Congress").place("Manila", "PH").tag("detained", "VBN").extract().events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.victims()).isEqualTo("14 nurses");
      assertThat(e.actors()).isEmpty();
    });
  }

  @Test
  void someone_named_only_as_you_is_no_perpetrator() {
    List<Event> events = new FakeDocument(DocumentKind.LETTER, "Mekong Voices",
        "Before you travel, please recall that your hosts detained four monks in Yangon.")
        .entity(EntityType.PERSON, "Ambassador Tran", "you", "your").place("Yangon", "MM").extract().events();
    assertThat(events).singleElement().satisfies(e -> assertThat(e.actors()).isEmpty());
  }

  @Test
  void the_subject_of_an_active_trigger_stays_its_actor() {
    List<Event> events = FakeDocument.letter("Nile Rights Centre", "Minister Sara Holm",
        "Dear Minister Holm,\nThe Rapid Support Forces detained 30 doctors in Khartoum on 2 April.")
        .entity(EntityType.ORGANIZATION, "Rapid Support Forces").place("Khartoum", "SD").extract().events();
    assertThat(events).singleElement().satisfies(e -> assertThat(e.actors()).containsExactly("E3"));
  }

  @Test
  void a_count_of_protesters_belongs_to_their_arrest() {
    List<Event> events = new FakeDocument(DocumentKind.NEWS, "Caucasus Desk",
        "Riot police detained more than 40 protesters in Tbilisi on 1 December.")
        .place("Tbilisi", "GE").quantity("more than 40 protesters", 40, Qualifier.OVER, "protesters").extract().events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.counts()).containsExactly(new Count(40, Qualifier.OVER, "protesters"));
      assertThat(e.victims()).isEqualTo("more than 40 protesters");
    });
  }

  @Test
  void each_event_keeps_the_date_of_its_own_sentence() {
    List<Event> events = new FakeDocument(DocumentKind.NEWS, "Andes Monitor",
        "Police killed three miners in Potosi on 2 May. Soldiers killed a farmer in Oruro on 20 August.")
        .place("Potosi", "BO").place("Oruro", "BO").time("on 2 May", LocalDate.of(2024, 5, 2))
        .time("on 20 August", LocalDate.of(2024, 8, 20)).extract().events();
    assertThat(events).extracting(e -> e.when().start()).containsExactly(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 8, 20));
  }
}
