package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Place;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerLookupTest {

  static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  static List<String> countries(String name) {
    return gazetteer.lookup(name).stream().map(Place::country).distinct().toList();
  }

  @Test
  void country_names_short_names_and_old_names_give_the_iso_code() {
    assertThat(countries("Russian Federation")).containsExactly("RU");
    assertThat(countries("the Russian Federation")).containsExactly("RU");
    assertThat(countries("DPRK")).containsExactly("KP");
    assertThat(countries("North Korea")).containsExactly("KP");
    assertThat(countries("Burma")).containsExactly("MM");
    assertThat(countries("Myanmar")).contains("MM");
    assertThat(countries("Ivory Coast")).containsExactly("CI");
    assertThat(countries("the Netherlands")).containsExactly("NL");
  }

  @Test
  void case_diacritics_and_apostrophes_do_not_matter() {
    assertThat(countries("Côte d’Ivoire")).containsExactly("CI");
    assertThat(countries("COTE D'IVOIRE")).containsExactly("CI");
    assertThat(countries("cote divoire")).containsExactly("CI");
    assertThat(countries("TÜRKIYE")).containsExactly("TR");
  }

  @Test
  void adjectives_and_demonyms_are_adjectives_of_their_country() {
    assertThat(gazetteer.lookup("Russian"))
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.ADJECTIVE))
        .satisfies(p -> assertThat(p.country()).isEqualTo("RU"));
    assertThat(countries("Ukrainians")).containsExactly("UA");
    assertThat(gazetteer.lookup("Chechen"))
        .singleElement()
        .satisfies(p -> assertThat(p.region()).isEqualTo("RU-CE"));
    assertThat(countries("Congolese")).containsExactlyInAnyOrder("CD", "CG");
  }

  @Test
  void regions_carry_their_iso_3166_2_code() {
    assertThat(gazetteer.lookup("Chechnya")).extracting(Place::region).containsExactly("RU-CE");
    assertThat(gazetteer.lookup("Crimea")).extracting(Place::region).containsExactly("UA-43");
    assertThat(gazetteer.lookup("Texas")).extracting(Place::region).containsExactly("US-TX");
    assertThat(gazetteer.lookup("Zamfara")).extracting(Place::region).containsExactly("NG-ZA");
  }

  @Test
  void cities_have_country_population_and_both_spellings_of_kyiv() {
    assertThat(gazetteer.lookup("Kiev")).isEqualTo(gazetteer.lookup("Kyiv"));
    assertThat(gazetteer.lookup("Kyiv"))
        .filteredOn(p -> p.kind() == Kind.CITY)
        .singleElement()
        .satisfies(p -> assertThat(p.capital()).isTrue())
        .satisfies(p -> assertThat(p.population()).isGreaterThan(1_000_000));
    assertThat(gazetteer.lookup("Paris")).extracting(Place::country).contains("FR", "US");
  }

  @Test
  void qualifiers_and_possessives_are_read_through() {
    assertThat(countries("eastern Ukraine")).containsExactly("UA");
    assertThat(countries("Russia's")).containsExactly("RU");
    assertThat(countries("South Africa")).containsExactly("ZA");
  }

  @Test
  void a_word_that_names_no_place_gives_nothing() {
    assertThat(gazetteer.lookup("Secretary")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
  }

  @Test
  void scanner_finds_longest_names_on_token_boundaries() {
    String text = "Troops left the Democratic Republic of the Congo for Russia-controlled Crimea; "
        + "Russia's envoy met Chechens in eastern Ukraine and the U.S. embassy. turkey is a bird.";
    assertThat(gazetteer.scan(text))
        .extracting(Places.Mention::text)
        .containsExactly(
            "Democratic Republic of the Congo", "Russia", "Crimea", "Russia", "Chechens", "Ukraine", "U.S.");
    assertThat(gazetteer.scan(text).get(0).start()).isEqualTo(text.indexOf("Democratic"));
  }

  @Test
  void a_town_name_inside_a_longer_name_is_not_a_place_but_a_country_name_is() {
    String text = "The Helsinki Final Act binds Russia; Vladimir Kara-Murza met the Russian Orthodox Church "
        + "in Moscow Tuesday.";
    assertThat(gazetteer.scan(text))
        .extracting(Places.Mention::text)
        .containsExactly("Russia", "Russian", "Moscow");
  }

  @Test
  void a_city_naming_an_agreement_or_a_process_is_not_a_place() {
    String text = "Talks on the Oslo accords and the Dayton agreement resumed in Geneva, "
        + "while the Astana process stalled over Syria.";
    assertThat(gazetteer.scan(text))
        .extracting(Places.Mention::text)
        .containsExactly("Geneva", "Syria");
  }

  @Test
  void a_town_name_after_a_capitalised_word_is_a_surname_unless_the_word_leads_a_sentence() {
    String text = "Governor Ahmed Lagos spoke. In Lagos, Sheikh Hassan met Nigerian police. "
        + "An Indiana man swam in Lake Monroe and in Southern California.";
    assertThat(gazetteer.scan(text))
        .extracting(Places.Mention::text)
        .containsExactly("Lagos", "Nigerian", "Indiana", "California");
    assertThat(gazetteer.scan(text).get(0).start()).isEqualTo(text.indexOf("In Lagos") + 3);
  }

  @Test
  void the_scanner_does_not_take_an_agency_for_a_region() {
    assertThat(gazetteer.scan("The Texas Department of Justice and Niger State police agreed."))
        .extracting(Places.Mention::text)
        .containsExactly("Texas", "Niger State");
  }

  @Test
  void the_shipped_resource_names_its_sources_and_licences() throws Exception {
    try (var in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      String header = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
      assertThat(header).contains("iso-codes", "LGPL", "world-countries", "ODbL", "GeoNames", "CC BY 4.0");
    }
  }

  @Test
  void a_broken_gazetteer_row_fails_with_its_line_number() {
    String bad = "# header\nCOUNTRY\tRUS\t\t0\tRussia\n";
    assertThatThrownBy(
            () -> Gazetteer.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bad.tsv:2")
        .hasMessageContaining("RUS");
  }
}
