package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.nlp.places.Places.Resolved;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each disambiguation pass at work on sentences written for these tests. */
class DisambiguationTest {

  static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  static Resolved resolved(String text, String name) {
    List<Resolved> all = gazetteer.resolveText("", text).resolved();
    return all.stream().filter(r -> r.mention().text().equals(name)).findFirst().orElseThrow();
  }

  static String code(String text, String name) {
    Resolved r = resolved(text, name);
    return r.place().region() != null ? r.place().region() : r.place().country();
  }

  @Test
  void georgia_alone_is_the_country() {
    Resolved georgia = resolved("Election observers praised Georgia for a calm vote.", "Georgia");
    assertThat(georgia.place().country()).isEqualTo("GE");
    assertThat(georgia.decidedBy()).isEqualTo(Pass.COUNTRY_FIRST.name());
  }

  @Test
  void georgia_beside_tbilisi_and_abkhazia_is_the_country() {
    assertThat(code("Protesters in Tbilisi demanded that Georgia recover Abkhazia.", "Georgia"))
        .isEqualTo("GE");
  }

  @Test
  void georgia_after_atlanta_is_the_us_state() {
    Resolved georgia = resolved("Police in Atlanta, Georgia arrested two reporters.", "Georgia");
    assertThat(georgia.place().region()).isEqualTo("US-GA");
    assertThat(georgia.decidedBy()).isEqualTo(Pass.PAIRED_WITH_CONTAINER.name());
  }

  @Test
  void georgia_among_other_us_states_is_the_us_state() {
    Resolved georgia = resolved(
        "New voting laws in Texas, Florida and Georgia worry civil rights groups in Alabama.", "Georgia");
    assertThat(georgia.place().region()).isEqualTo("US-GA");
    assertThat(georgia.decidedBy()).isEqualTo(Pass.SIBLING_REGIONS.name());
  }

  @Test
  void georgia_in_a_us_centric_story_is_the_us_state() {
    Resolved georgia = resolved(
        "U.S. senators and American voters argued across the United States about Georgia's new "
            + "election law.", "Georgia");
    assertThat(georgia.place().region()).isEqualTo("US-GA");
    assertThat(georgia.decidedBy()).isEqualTo(Pass.DOCUMENT_FOCUS.name());
  }

  @Test
  void georgia_in_a_story_about_its_neighbours_is_the_country() {
    assertThat(code("Russian troops near Armenia and Azerbaijan alarmed Georgia.", "Georgia"))
        .isEqualTo("GE");
  }

  @Test
  void paris_alone_is_in_france_and_paris_texas_is_in_texas() {
    assertThat(resolved("The summit opened in Paris on Monday.", "Paris").place().country())
        .isEqualTo("FR");
    Resolved texan = resolved("A rally in Paris, Texas drew a small crowd.", "Paris");
    assertThat(texan.place().region()).isEqualTo("US-TX");
    assertThat(texan.decidedBy()).isEqualTo(Pass.PAIRED_WITH_CONTAINER.name());
  }

  @Test
  void a_small_town_with_nothing_around_it_is_not_resolved() {
    // Marietta (US, about 60,000 people) has no country or state named near it here.
    assertThat(gazetteer.resolveText("", "Marietta said little.").resolved()).isEmpty();
    assertThat(code("Marietta, Georgia is near Atlanta.", "Marietta")).isEqualTo("US-GA");
  }

  @Test
  void crimea_keeps_its_ukrainian_code_where_russia_controls_it() {
    String text = "Russia controls Crimea, where Russian courts try Crimean Tatars.";
    assertThat(code(text, "Crimea")).isEqualTo("UA-43");
    assertThat(code(text, "Crimean")).isEqualTo("UA-43");
  }

  @Test
  void chechnya_and_chechens_are_in_russia() {
    String text = "Chechens fled Chechnya after the purge.";
    assertThat(code(text, "Chechnya")).isEqualTo("RU-CE");
    assertThat(resolved(text, "Chechens").place().country()).isEqualTo("RU");
  }

  @Test
  void eastern_ukraine_from_ner_is_ukraine() {
    Places places = gazetteer.resolve(
        List.of(), List.of(new Places.Mention("eastern Ukraine", 10, 25)), 100);
    assertThat(places.countries()).containsExactly("UA");
  }

  @Test
  void kyiv_and_kiev_are_the_same_capital() {
    assertThat(resolved("Talks in Kiev stalled.", "Kiev").place())
        .isEqualTo(resolved("Talks in Kyiv stalled.", "Kyiv").place());
    assertThat(resolved("Talks in Kiev stalled.", "Kiev").place().capital()).isTrue();
  }

  @Test
  void myanmar_and_burma_are_one_country() {
    assertThat(code("Burma's generals jailed her.", "Burma")).isEqualTo("MM");
    assertThat(code("Myanmar's generals jailed her.", "Myanmar")).isEqualTo("MM");
  }

  @Test
  void cote_divoire_without_accents_is_found_in_text() {
    assertThat(code("Voters in Cote d'Ivoire went to the polls.", "Cote d'Ivoire")).isEqualTo("CI");
  }

  @Test
  void congo_is_decided_by_its_capital_and_else_by_size() {
    assertThat(code("Troops entered Kinshasa as Congo voted.", "Congo")).isEqualTo("CD");
    assertThat(code("Troops entered Brazzaville as Congo voted.", "Congo")).isEqualTo("CG");
    Resolved alone = resolved("Congo voted.", "Congo");
    assertThat(alone.place().country()).isEqualTo("CD");
    assertThat(alone.decidedBy()).isEqualTo(Pass.BIGGER_PLACE.name());
  }

  @Test
  void korea_is_decided_by_pyongyang_and_else_by_size() {
    assertThat(code("Korea tested a missile, Pyongyang said.", "Korea")).isEqualTo("KP");
    assertThat(code("Korea held an election.", "Korea")).isEqualTo("KR");
    assertThat(code("Korean officials in Pyongyang refused.", "Korean")).isEqualTo("KP");
  }

  @Test
  void lebanon_stays_a_country_in_a_text_about_the_united_states() {
    String text = "The United States and the U.S. Congress sent aid to Lebanon; Americans cheered.";
    assertThat(code(text, "Lebanon")).isEqualTo("LB");
  }

  @Test
  void a_city_is_read_in_the_country_named_nearby_and_else_as_the_bigger_one() {
    assertThat(resolved("Police in Hyderabad detained activists.", "Hyderabad").place().country())
        .isEqualTo("IN");
    Resolved pakistani = resolved("Police in Hyderabad, Sindh detained activists.", "Hyderabad");
    assertThat(pakistani.place().country()).isEqualTo("PK");
    assertThat(pakistani.decidedBy()).isEqualTo(Pass.PAIRED_WITH_CONTAINER.name());
    assertThat(code("Pakistan said police in Hyderabad detained activists.", "Hyderabad"))
        .isEqualTo("PK");
  }

  @Test
  void a_namesake_town_is_chosen_beside_its_state() {
    assertThat(code("Lebanon, Pennsylvania held a vigil.", "Lebanon")).isEqualTo("US-PA");
  }
}
