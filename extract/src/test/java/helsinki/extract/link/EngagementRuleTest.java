package helsinki.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Evidence;
import helsinki.core.Place;
import helsinki.core.When;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An upcoming engagement in a letter against engagements reported elsewhere, on sentences written for these tests. */
class EngagementRuleTest {

  private static final LocalDate LETTER = LocalDate.of(2021, 3, 2);

  private final Names names = new Names()
      .name("letter", "E1", "Anna Berg").name("report", "E4", "Anna Berg").name("report", "E5", "Marek Nowak");
  private final EngagementRule rule = new EngagementRule(names);

  private static Engagement engagement(String actor, EngagementType type, @Nullable String country, @Nullable When when) {
    return new Engagement("G1", type, actor, List.of(), country == null ? null : new Place("somewhere", country, null), when,
        new Evidence(0, 10, "visit"));
  }

  /** "Your upcoming visit to Azerbaijan", in a letter of 2 March 2021. */
  private static final InDocument<Engagement> UPCOMING =
      InDocument.of("letter", LETTER, engagement("E1", EngagementType.VISIT, "AZ", null));

  private static When on(LocalDate day) {
    return new When(day.toString(), day, day);
  }

  @Test
  void a_meeting_reported_in_the_visits_country_two_weeks_later_is_the_same_engagement() {
    // "Berg met with the foreign minister in Baku on 16 March 2021"
    InDocument<Engagement> met = InDocument.of("report", null,
        engagement("E4", EngagementType.MEETING, "AZ", on(LocalDate.of(2021, 3, 16))));
    assertThat(rule.score(UPCOMING, met)).hasValueSatisfying(m -> assertThat(m.rule()).contains("type=family", "time=overlap"));
  }

  @Test
  void the_reported_visit_of_an_undated_report_is_the_same_engagement() {
    InDocument<Engagement> visit = InDocument.of("report", null, engagement("E4", EngagementType.VISIT, "AZ", null));
    assertThat(rule.score(UPCOMING, visit)).isPresent();
  }

  @Test
  void another_actors_visit_is_another_engagement() {
    InDocument<Engagement> visit = InDocument.of("report", LETTER.plusDays(14), engagement("E5", EngagementType.VISIT, "AZ", null));
    assertThat(rule.score(UPCOMING, visit)).isEmpty();
  }

  @Test
  void a_visit_a_year_later_is_another_trip() {
    InDocument<Engagement> later = InDocument.of("report", LETTER.plusYears(1),
        engagement("E4", EngagementType.VISIT, "AZ", on(LETTER.plusYears(1))));
    assertThat(rule.score(UPCOMING, later)).isEmpty();
  }

  @Test
  void a_visit_to_another_country_is_another_engagement() {
    InDocument<Engagement> georgia = InDocument.of("report", LETTER.plusDays(10), engagement("E4", EngagementType.VISIT, "GE", null));
    assertThat(rule.score(UPCOMING, georgia)).isEmpty();
  }

  @Test
  void a_phone_call_is_not_the_visit() {
    InDocument<Engagement> call = InDocument.of("report", LETTER.plusDays(10), engagement("E4", EngagementType.CALL, "AZ", null));
    assertThat(rule.score(UPCOMING, call)).isEmpty();
  }

  @Test
  void a_visit_whose_country_and_date_are_unknown_is_too_little_to_join() {
    InDocument<Engagement> vague = InDocument.of("report", null, engagement("E4", EngagementType.VISIT, null, null));
    assertThat(rule.score(UPCOMING, vague)).isEmpty();
  }
}
