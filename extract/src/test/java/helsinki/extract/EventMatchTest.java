package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Certainty;
import helsinki.core.Count;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.Evidence;
import helsinki.core.Place;
import helsinki.core.Qualifier;
import helsinki.core.When;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventMatchTest {

  private static final Place MINSK = new Place("Minsk", "BY", "BY-HM");
  private static final Place BELARUS = new Place("Belarus", "BY", null);
  private static final Place KYIV = new Place("Kyiv", "UA", "UA-30");

  private static Event event(EventType type, List<String> actors, @Nullable String victims, @Nullable Place place, @Nullable LocalDate day,
      List<Count> counts) {
    When when = day == null ? null : new When(day.toString(), day, day);
    return new Event("V1", type, actors, victims, place, when, counts, Certainty.REPORTED, List.of(), new Evidence(0, 1, "x"));
  }

  private static LocalDate aug(int day) {
    return LocalDate.of(2020, 8, day);
  }

  @Test
  void two_papers_on_the_same_arrests_in_the_same_city_and_week_group() {
    Event a = event(EventType.ARREST, List.of(), "opposition activists", MINSK, aug(9), List.of(new Count(200, Qualifier.OVER, "people")));
    Event b = event(EventType.ARREST, List.of(), "protesters", MINSK, aug(10), List.of(new Count(3000, Qualifier.EXACT, "people")));
    assertThat(EventMatch.same(a, "d-1", b, "d-2")).isTrue();
  }

  @Test
  void a_beating_called_torture_by_one_source_and_an_attack_by_another_groups_by_its_victim() {
    Event a = event(EventType.TORTURE, List.of(), "the blogger Ihar Losik", null, null, List.of());
    Event b = event(EventType.ATTACK, List.of(), "Ihar Losik", BELARUS, null, List.of());
    assertThat(EventMatch.same(a, "d-1", b, "d-2")).isTrue();
  }

  @Test
  void the_same_type_in_another_country_does_not_group() {
    Event a = event(EventType.ARREST, List.of("E1"), "journalists", MINSK, aug(9), List.of());
    Event b = event(EventType.ARREST, List.of("E1"), "journalists", KYIV, aug(9), List.of());
    assertThat(EventMatch.score(a, "d-1", b, "d-2")).isZero();
  }

  @Test
  void arrests_months_apart_do_not_group() {
    Event a = event(EventType.ARREST, List.of(), "students", MINSK, aug(9), List.of());
    Event b = event(EventType.ARREST, List.of(), "students", MINSK, LocalDate.of(2020, 11, 15), List.of());
    assertThat(EventMatch.same(a, "d-1", b, "d-2")).isFalse();
  }

  @Test
  void a_protest_and_a_killing_are_never_one_happening() {
    Event a = event(EventType.PROTEST, List.of(), "workers", MINSK, aug(9), List.of());
    Event b = event(EventType.KILLING, List.of(), "workers", MINSK, aug(9), List.of());
    assertThat(EventMatch.score(a, "d-1", b, "d-2")).isZero();
  }

  @Test
  void the_same_type_and_country_with_nothing_specific_shared_does_not_group() {
    Event a = event(EventType.RESTRICTION, List.of(), null, BELARUS, null, List.of());
    Event b = event(EventType.RESTRICTION, List.of(), null, BELARUS, null, List.of());
    assertThat(EventMatch.same(a, "d-1", b, "d-2")).isFalse();
  }

  @Test
  void groups_count_their_sources_and_keep_each_sources_counts() {
    Event a = event(EventType.ARREST, List.of(), "protesters", MINSK, aug(9), List.of(new Count(200, Qualifier.OVER, "people")));
    Event b = event(EventType.ARREST, List.of(), "peaceful protesters", MINSK, aug(10), List.of(new Count(3000, Qualifier.EXACT, "people")));
    Event c = event(EventType.ARREST, List.of(), "lawyers", KYIV, aug(9), List.of());
    List<EventMatch.Group> groups = EventMatch.group(List.of(new EventMatch.Sourced("d-1", a), new EventMatch.Sourced("d-2", b),
        new EventMatch.Sourced("d-3", c)));
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).sources()).isEqualTo(2);
    assertThat(groups.get(0).counts()).extracting(l -> l.get(0).value()).containsExactly(200L, 3000L);
  }

  @Test
  void the_kin_of_an_arrest_are_the_types_it_is_compared_with() {
    assertThat(EventMatch.kin(EventType.ARREST)).containsExactlyInAnyOrder(EventType.ARREST, EventType.DISAPPEARANCE);
    assertThat(EventMatch.kin(EventType.OTHER)).containsExactly(EventType.OTHER);
  }
}
