package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.DocumentKind;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementPatternTest {

  @Test
  void your_upcoming_visit_is_the_addressees_visit_to_the_named_place() {
    List<Engagement> g = FakeDocument.letter("Kurdish Rights Project", "Minister Eva Sand",
        "Your upcoming visit to Turkey comes at a difficult time.").place("Turkey", "TR").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.VISIT);
      assertThat(e.actor()).isEqualTo("E2");
      assertThat(e.place().country()).isEqualTo("TR");
      assertThat(e.evidence().quote()).isEqualTo("Your upcoming visit to Turkey");
    });
  }

  @Test
  void a_named_persons_first_visit_is_theirs() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Gulf Monitor",
        "Chancellor Karl Weber’s first visit to Qatar was brief.")
        .entity(EntityType.PERSON, "Karl Weber", "Chancellor Karl Weber").place("Qatar", "QA").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("E1");
      assertThat(e.place().country()).isEqualTo("QA");
    });
  }

  @Test
  void two_mentions_of_one_visit_to_the_same_country_are_one_engagement() {
    List<Engagement> g = FakeDocument.letter("Tibet Watch", "Secretary Paul Grant",
        "Your upcoming visit to China matters. Your trip to Beijing follows new arrests.")
        .place("China", "CN").place("Beijing", "CN").extract().engagements();
    assertThat(g).hasSize(1);
  }

  @Test
  void a_caption_meeting_has_its_counterpart_and_place_and_absorbs_a_met_with_of_the_same_people() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Sahel Monitor",
        "Claire Roux arrived on Monday. Later she met with Minister Diallo and army officers.\n"
            + "French Foreign Minister Claire Roux attends a meeting with Malian Minister Abdoulaye Diallo in Bamako, Mali, May 3, 2021.")
        .entity(EntityType.PERSON, "Claire Roux", "Foreign Minister Claire Roux")
        .entity(EntityType.PERSON, "Abdoulaye Diallo", "Minister Diallo", "Malian Minister Abdoulaye Diallo")
        .place("Bamako", "ML").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.MEETING);
      assertThat(e.actor()).isEqualTo("E1");
      assertThat(e.counterparts()).containsExactly("E2");
      assertThat(e.place().country()).isEqualTo("ML");
      assertThat(e.evidence().quote()).contains("attends a meeting with Malian Minister Abdoulaye Diallo in Bamako");
    });
  }

  @Test
  void a_caption_apart_from_the_text_is_read_with_offsets_minus_one() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Sahel Monitor", "Talks went on for hours.")
        .caption("President Ana Lopes attends a meeting with rebel leaders in Goma, Congo.")
        .entity(EntityType.PERSON, "Rui Costa").extract().engagements();
    assertThat(g).isEmpty(); // the caption's actor is not among the text's entities, so nothing is invented
    List<Engagement> named = new FakeDocument(DocumentKind.NEWS, "Sahel Monitor", "President Ana Lopes spoke for hours.")
        .caption("President Ana Lopes attends a meeting with rebel leaders in Goma, Congo.")
        .entity(EntityType.PERSON, "Ana Lopes").extract().engagements();
    assertThat(named).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("E1");
      assertThat(e.evidence().start()).isEqualTo(-1);
      assertThat(e.evidence().quote()).startsWith("President Ana Lopes attends a meeting");
    });
  }

  @Test
  void a_meeting_takes_the_date_that_follows_its_place_but_a_visit_not_a_later_date_in_its_sentence() {
    Extraction x = new FakeDocument(DocumentKind.NEWS, "Geneva Watch",
        "Your visit to Nepal follows arrests in early May.\n"
            + "High Commissioner Lena Frey attends a meeting with Foreign Minister Ram Thapa in Geneva, Switzerland, March 3, 2022.")
        .entity(EntityType.PERSON, "Lena Frey", "High Commissioner Lena Frey").addressee()
        .entity(EntityType.PERSON, "Ram Thapa", "Foreign Minister Ram Thapa")
        .place("Nepal", "NP").place("Geneva", "CH")
        .time("early May", LocalDate.of(2022, 5, 1)).time("March 3, 2022", LocalDate.of(2022, 3, 3)).extract();
    assertThat(x.engagements()).extracting(Engagement::type).containsExactly(EngagementType.VISIT, EngagementType.MEETING);
    assertThat(x.engagements().get(0).when()).isNull();
    assertThat(x.engagements().get(1).when().start()).isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(x.engagements().get(1).evidence().quote()).endsWith("in Geneva, Switzerland, March 3, 2022");
  }

  @Test
  void will_travel_to_is_a_visit() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Andes Watch",
        "Commissioner Rosa Vidal will travel to Caracas next week.")
        .entity(EntityType.PERSON, "Rosa Vidal", "Commissioner Rosa Vidal").place("Caracas", "VE").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.VISIT);
      assertThat(e.place().country()).isEqualTo("VE");
    });
  }

  @Test
  void a_phone_call_is_a_call() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Andes Watch",
        "Prime Minister Ola Berg spoke by phone with President Lula on Friday.")
        .entity(EntityType.PERSON, "Ola Berg", "Prime Minister Ola Berg").entity(EntityType.PERSON, "Lula", "President Lula")
        .extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.CALL);
      assertThat(e.counterparts()).containsExactly("E2");
    });
  }

  @Test
  void a_visit_and_the_people_met_on_it_are_one_visit_with_counterparts() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Andes Watch",
        "Commissioner Rosa Vidal visited Caracas on Tuesday and met President Nicolas Maduro and Foreign Minister Yvan Gil.")
        .entity(EntityType.PERSON, "Rosa Vidal", "Commissioner Rosa Vidal").entity(EntityType.PERSON, "Nicolas Maduro", "President Nicolas Maduro")
        .entity(EntityType.PERSON, "Yvan Gil", "Foreign Minister Yvan Gil").place("Caracas", "VE").extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.VISIT);
      assertThat(e.counterparts()).containsExactly("E2", "E3");
    });
  }

  @Test
  void met_without_with_is_a_meeting_with_the_one_named() {
    List<Engagement> g = new FakeDocument(DocumentKind.NEWS, "Andes Watch",
        "Prime Minister Ola Berg met President Lula in Brasilia.")
        .entity(EntityType.PERSON, "Ola Berg", "Prime Minister Ola Berg").entity(EntityType.PERSON, "Lula", "President Lula")
        .extract().engagements();
    assertThat(g).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EngagementType.MEETING);
      assertThat(e.counterparts()).containsExactly("E2");
    });
  }
}
