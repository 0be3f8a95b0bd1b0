package helsinki.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each linking rule on pairs that should merge and pairs that should not. */
class ActorMatcherTest {

  /** A few country names, as the gazetteer would give them. */
  private static final Map<String, Set<String>> NAMES = Map.of(
      "RU", Set.of("russia", "russian", "russianfederation"),
      "US", Set.of("us", "unitedstates", "american"),
      "GE", Set.of("georgia", "georgian"));
  private static final CountryNames COUNTRIES = (words, code) -> NAMES.getOrDefault(code, Set.of()).contains(ActorNames.key(words));

  private final ActorMatcher matcher = new ActorMatcher(COUNTRIES);

  private static Entity entity(EntityType type, String name, List<String> aliases, List<String> roles, @Nullable String country) {
    return new Entity("E1", type, name, aliases, roles, country, List.of());
  }

  private static Entity person(String name, @Nullable String country, String... aliases) {
    return entity(EntityType.PERSON, name, List.of(aliases), List.of(), country);
  }

  private static ActorCandidate actor(String id, EntityType type, String name, @Nullable String country, String... aliases) {
    return new ActorCandidate(id, type, name, List.of(aliases), List.of(), country, List.of(), List.of());
  }

  private Optional<ActorMatch> match(Entity e, ActorCandidate... candidates) {
    return matcher.best(e, List.of(candidates));
  }

  @Test
  void a_surname_with_a_title_joins_the_one_full_name_that_fits() {
    ActorCandidate rex = actor("a-1", EntityType.PERSON, "Rex Tillerson", "US");
    assertThat(match(person("Tillerson", "US", "Secretary Tillerson"), rex))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.SURNAME));
    assertThat(match(person("Secretary Tillerson", null), rex)).map(ActorMatch::actorId).contains("a-1");
  }

  @Test
  void a_full_name_with_its_office_before_it_is_the_same_name() {
    ActorCandidate lavrov = actor("a-1", EntityType.PERSON, "Lavrov", "RU", "Foreign Minister Lavrov");
    Entity written = person("Sergei Lavrov", "RU", "Russian Foreign Minister Sergei Lavrov");
    assertThat(match(written, lavrov)).hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.SURNAME));
    ActorCandidate full = actor("a-2", EntityType.PERSON, "Sergei Lavrov", "RU");
    assertThat(match(person("Foreign Minister Sergei Lavrov", "RU"), full))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.SAME_NAME));
  }

  @Test
  void a_surname_shared_by_two_actors_joins_neither_unless_a_role_tells_them_apart() {
    ActorCandidate john = actor("a-1", EntityType.PERSON, "John Smith", "GB");
    ActorCandidate adam = actor("a-2", EntityType.PERSON, "Adam Smith", "GB");
    assertThat(match(person("Smith", "GB"), john, adam)).isEmpty();
    assertThat(match(person("Smith", "GB"), john)).map(ActorMatch::actorId).contains("a-1");

    ActorCandidate minister = new ActorCandidate("a-3", EntityType.PERSON, "Adam Smith", List.of(),
        List.of("Foreign Minister"), "GB", List.of(), List.of());
    Entity titled = entity(EntityType.PERSON, "Smith", List.of("Foreign Minister Smith"), List.of("Foreign Minister"), "GB");
    assertThat(match(titled, john, minister)).map(ActorMatch::actorId).contains("a-3");
  }

  @Test
  void two_different_given_names_never_merge_even_through_a_shared_surname_alias() {
    ActorCandidate john = actor("a-1", EntityType.PERSON, "John Smith", "GB", "Smith", "Mr Smith");
    assertThat(match(person("Adam Smith", "GB", "Smith"), john)).isEmpty();
    assertThat(match(person("Jane Smith", null), john)).isEmpty();
  }

  @Test
  void transliterated_and_initialled_given_names_are_the_same_person() {
    ActorCandidate sergei = actor("a-1", EntityType.PERSON, "Sergei Lavrov", "RU");
    assertThat(match(person("Sergey Lavrov", "RU"), sergei))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.FULL_NAME));
    assertThat(match(person("Sergej Lavrov", null), sergei)).isPresent();
    assertThat(match(person("Aleksey Navalny", "RU"), actor("a-2", EntityType.PERSON, "Alexei Navalny", "RU"))).isPresent();
    assertThat(match(person("Alexey Navalnyy", "RU"), actor("a-2", EntityType.PERSON, "Alexei Navalny", "RU"))).isPresent();
    assertThat(match(person("R. Tillerson", "US"), actor("a-3", EntityType.PERSON, "Rex Tillerson", "US"))).isPresent();
    assertThat(match(person("Dmitry Peskov", "RU"), actor("a-4", EntityType.PERSON, "Dmitry Medvedev", "RU"))).isEmpty();
  }

  @Test
  void a_name_joined_or_broken_at_its_hyphen_is_the_same_name() {
    ActorCandidate karaMurza = actor("a-1", EntityType.PERSON, "Vladimir Kara-Murza", "RU", "Kara-Murza");
    assertThat(match(person("KaraMurza", "RU"), karaMurza)).map(ActorMatch::actorId).contains("a-1");
    assertThat(match(person("Vladimir Kara-Murza", null), karaMurza))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.SAME_NAME));
    assertThat(match(person("Kára-Murza", null), karaMurza)).isPresent();
  }

  @Test
  void a_surname_with_another_country_does_not_join() {
    assertThat(match(person("Smith", "US"), actor("a-1", EntityType.PERSON, "John Smith", "GB"))).isEmpty();
  }

  @Test
  void the_government_its_seat_and_its_officials_are_one_actor_per_country() {
    ActorCandidate russia = actor("a-1", EntityType.GOVERNMENT, "Russian government", "RU", "Russian officials");
    assertThat(match(entity(EntityType.GOVERNMENT, "Kremlin", List.of(), List.of(), "RU"), russia))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.NATIONAL_GOVERNMENT));
    assertThat(match(entity(EntityType.GOVERNMENT, "Russia", List.of(), List.of(), "RU"), russia)).isPresent();
    assertThat(match(entity(EntityType.GOVERNMENT, "the Russian authorities", List.of(), List.of(), "RU"), russia)).isPresent();
    assertThat(match(entity(EntityType.GOVERNMENT, "U.S. government", List.of(), List.of(), "US"), russia)).isEmpty();
  }

  @Test
  void an_organ_of_state_is_not_its_whole_government() {
    ActorCandidate us = actor("a-1", EntityType.GOVERNMENT, "U.S. government", "US");
    Entity department = entity(EntityType.GOVERNMENT, "State Department", List.of(), List.of(), "US");
    assertThat(match(department, us)).isEmpty();
    ActorCandidate state = actor("a-2", EntityType.GOVERNMENT, "U.S. State Department", "US", "department");
    assertThat(match(department, us, state)).map(ActorMatch::actorId).contains("a-2");
    Entity asOrganisation = entity(EntityType.ORGANIZATION, "the State Department", List.of(), List.of(), null);
    assertThat(match(asOrganisation, state)).map(ActorMatch::actorId).contains("a-2");
    Entity russian = entity(EntityType.GOVERNMENT, "Ministry of Justice", List.of(), List.of(), "RU");
    assertThat(match(russian, actor("a-3", EntityType.GOVERNMENT, "Ministry of Justice", "UA"))).isEmpty();
  }

  @Test
  void an_acronym_joins_its_organisation_only_where_a_text_defined_it() {
    ActorCandidate defined = actor("a-1", EntityType.ORGANIZATION, "Human Rights First", null, "HRF");
    ActorCandidate undefined = actor("a-2", EntityType.ORGANIZATION, "Human Rights First", null);
    Entity hrf = entity(EntityType.ORGANIZATION, "HRF", List.of(), List.of(), null);
    assertThat(match(hrf, defined)).hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.ACRONYM));
    assertThat(match(hrf, undefined)).isEmpty();
    Entity full = entity(EntityType.ORGANIZATION, "Human Rights First", List.of("HRF"), List.of(), "US");
    // This text defines the acronym, so an actor known only as "HRF" is the organisation it names.
    assertThat(match(full, actor("a-3", EntityType.ORGANIZATION, "HRF", null))).isPresent();
    Entity otherFull = entity(EntityType.ORGANIZATION, "Helsinki Rights Forum", List.of(), List.of(), null);
    assertThat(match(otherFull, actor("a-4", EntityType.ORGANIZATION, "HRF", null))).isEmpty();
    assertThat(match(entity(EntityType.ORGANIZATION, "HRW", List.of(), List.of(), null), defined)).isEmpty();
  }

  @Test
  void georgia_the_country_is_not_a_person_named_georgia() {
    ActorCandidate state = actor("a-1", EntityType.GOVERNMENT, "Georgia", "GE", "Georgian government");
    assertThat(match(person("Georgia", null), state)).isEmpty();
    assertThat(match(person("Georgia Harris", "US"), actor("a-2", EntityType.PERSON, "Georgia Lewis", "US"))).isEmpty();
    assertThat(match(entity(EntityType.GOVERNMENT, "Georgia", List.of(), List.of(), "US"), state)).isEmpty();
    assertThat(match(entity(EntityType.GOVERNMENT, "Georgian authorities", List.of(), List.of(), "GE"), state)).isPresent();
  }

  @Test
  void a_split_alias_never_joins_the_actor_it_was_split_from() {
    ActorCandidate rex = new ActorCandidate("a-1", EntityType.PERSON, "Rex Tillerson", List.of(), List.of(), "US",
        List.of(), List.of(ActorNames.key("Tillerson")));
    ActorCandidate other = actor("a-2", EntityType.PERSON, "Tillerson", "US");
    assertThat(match(person("Tillerson", "US"), rex)).isEmpty();
    assertThat(match(person("Tillerson", "US"), rex, other)).map(ActorMatch::actorId).contains("a-2");
  }

  @Test
  void a_form_a_person_merged_in_joins_even_where_no_rule_would() {
    // A reviewer decided that the "Smirnoff" of one transcript is Sergei Lavrov; no rule would say so.
    ActorCandidate merged = new ActorCandidate("a-1", EntityType.PERSON, "Sergei Lavrov", List.of("Smirnoff"), List.of(),
        "RU", List.of("Smirnoff", "S. Smirnoff"), List.of());
    assertThat(match(person("Smirnoff", null), merged))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.DECIDED));
    assertThat(match(person("Minister Smirnoff", "RU"), merged, actor("a-2", EntityType.PERSON, "Smirnoff", "RU")))
        .map(ActorMatch::actorId).contains("a-1");
    ActorCandidate organisation = new ActorCandidate("a-4", EntityType.ORGANIZATION, "Viasna Human Rights Centre",
        List.of(), List.of(), "BY", List.of("Viasna"), List.of());
    assertThat(match(person("Viasna", "BY"), organisation)).map(ActorMatch::actorId).contains("a-4");
    assertThat(match(person("Smirnoff", null), new ActorCandidate("a-3", EntityType.PERSON, "Sergei Lavrov", List.of(),
        List.of(), "RU", List.of(), List.of()))).isEmpty();
    // Without a decision, a transliteration of the surname is a rule's match, not a pin's.
    assertThat(match(person("Lawrow", null), new ActorCandidate("a-3", EntityType.PERSON, "Sergei Lavrov", List.of(),
        List.of(), "RU", List.of(), List.of()))).hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(ActorRule.SURNAME));
  }

  @Test
  void groups_join_only_by_the_same_name_and_places_never_join() {
    ActorCandidate activists = actor("a-1", EntityType.GROUP, "activists", null);
    assertThat(match(entity(EntityType.GROUP, "Activists", List.of(), List.of(), null), activists)).isPresent();
    assertThat(match(entity(EntityType.GROUP, "journalists", List.of(), List.of(), null), activists)).isEmpty();
    assertThat(match(entity(EntityType.GROUP, "activists", List.of(), List.of(), "RU"), activists)).isEmpty();
    ActorCandidate russian = actor("a-2", EntityType.GROUP, "Russian journalists", "RU", "journalists");
    assertThat(match(entity(EntityType.GROUP, "Russian journalists", List.of(), List.of(), "RU"), russian)).isPresent();
    assertThat(match(entity(EntityType.GROUP, "journalists", List.of(), List.of(), "BY"), russian)).isEmpty();
    assertThat(match(entity(EntityType.PLACE, "activists", List.of(), List.of(), null), activists)).isEmpty();
  }

  @Test
  void keys_file_persons_by_surname_and_states_by_country() {
    assertThat(matcher.keys(person("Secretary Tillerson", "US"))).containsExactly("p:tilerson");
    assertThat(matcher.keys(person("Alexei Navalnyy", "RU"))).isEqualTo(matcher.keys(person("Alexei Navalny", null)));
    assertThat(matcher.keys(entity(EntityType.GOVERNMENT, "Russian government", List.of("Kremlin"), List.of(), "RU")))
        .contains("n:russiangovernment", "n:kremlin", "g:RU");
    assertThat(matcher.keys(entity(EntityType.ORGANIZATION, "Human Rights First", List.of(), List.of(), null)))
        .contains("n:humanrightsfirst", "a:hrf");
  }

  @Test
  void the_better_name_is_the_fullest_without_titles() {
    assertThat(matcher.betterName(EntityType.PERSON, "Tillerson", person("Rex Tillerson", "US", "U.S. Secretary of State Rex Tillerson")))
        .isEqualTo("Rex Tillerson");
    assertThat(matcher.betterName(EntityType.PERSON, null, person("Secretary Tillerson", "US"))).isEqualTo("Tillerson");
    assertThat(matcher.betterName(EntityType.ORGANIZATION, "HRF", entity(EntityType.ORGANIZATION, "Human Rights First",
        List.of(), List.of(), null))).isEqualTo("Human Rights First");
    assertThat(matcher.betterName(EntityType.GOVERNMENT, "Kremlin", entity(EntityType.GOVERNMENT, "Russian government",
        List.of(), List.of(), "RU"))).isEqualTo("Russian government");
  }
}
