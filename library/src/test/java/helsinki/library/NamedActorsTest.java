package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedActorsTest {

  private final NamedActors actors = new NamedActors();

  private static Entity person(String name, String... aliases) {
    return new Entity("E1", EntityType.PERSON, name, List.of(aliases), List.of(), null, List.of());
  }

  @Test
  void a_surname_alone_a_title_and_a_full_name_are_one_person() {
    assertThat(actors.same("a", person("Tillerson", "Secretary Tillerson"), "b", person("Rex Tillerson"))).isTrue();
    assertThat(actors.same("a", person("Secretary of State Rex Tillerson"), "b", person("R. Tillerson"))).isTrue();
  }

  @Test
  void different_first_names_are_different_people() {
    assertThat(actors.same("a", person("Rex Tillerson"), "b", person("Jane Tillerson"))).isFalse();
  }

  @Test
  void a_person_and_a_government_of_the_same_name_are_not_one_actor() {
    Entity government = new Entity("E2", EntityType.GOVERNMENT, "Jordan", List.of(), List.of(), "JO", List.of());
    assertThat(actors.same("a", person("Michael Jordan"), "b", government)).isFalse();
  }

  @Test
  void governments_match_on_any_shared_name_ignoring_punctuation() {
    Entity a = new Entity("E2", EntityType.GOVERNMENT, "U.S. State Department", List.of("State Department"), List.of(), "US", List.of());
    Entity b = new Entity("E7", EntityType.ORGANIZATION, "State Department", List.of(), List.of(), "US", List.of());
    assertThat(actors.same("a", a, "b", b)).isTrue();
    assertThat(actors.keys("a", a)).contains("usstatedepartment", "statedepartment");
  }

  @Test
  void a_person_is_filed_under_the_surname_and_found_by_full_name_or_surname() {
    Entity letter = person("Tillerson", "Secretary Tillerson");
    assertThat(actors.keys("a", letter)).containsExactly("tillerson");
    assertThat(actors.queryKeys("Rex Tillerson")).contains("tillerson");
    assertThat(actors.named("a", letter, "Rex Tillerson")).isTrue();
    assertThat(actors.named("a", letter, "tillerson")).isTrue();
    assertThat(actors.named("a", letter, "Lavrov")).isFalse();
  }
}
