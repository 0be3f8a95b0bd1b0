package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SalienceTest {

  static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  /** A letter made up for this test: an NGO in Canada writes to Peru's president about Peru. */
  static final String LETTER = """
      Dear President,

      We write about the arrest of Peruvian journalists in Cusco and Arequipa last month. Peruvian
      police detained eleven reporters, and Peru's courts have refused bail. Colleagues in Bolivia
      and Chile have voiced concern. We ask that Peru release them and that the authorities in Lima
      investigate the raids.

      Sincerely,
      The Press Freedom Desk
      200 Main Street, Toronto, Ontario, Canada
      """;

  @Test
  void the_country_written_about_outranks_the_publishers_own() {
    Places places = gazetteer.resolveText("Letter on jailed reporters", LETTER);
    assertThat(places.countries()).first().isEqualTo("PE");
    assertThat(places.countries()).contains("CA", "BO", "CL");
    assertThat(places.countries().indexOf("CA")).isGreaterThan(places.countries().indexOf("BO"));
  }

  @Test
  void nationality_adjectives_count_for_their_country() {
    Places places = gazetteer.resolveText("", "Ecuador said so. Chilean officials and Chilean police agreed.");
    assertThat(places.countries()).containsExactly("CL", "EC");
  }

  @Test
  void a_country_in_the_title_outranks_one_named_twice_in_the_body() {
    Places places = gazetteer.resolveText("Crackdown in Belarus", "Poland and Lithuania took in refugees; Poland helped.");
    assertThat(places.countries()).first().isEqualTo("BY");
  }

  @Test
  void weights_are_larger_in_the_title_and_opening_than_in_the_closing() {
    Places.Place peru = gazetteer.lookup("Peru").get(0);
    Places.Mention opening = new Places.Mention("Peru", 0, 4);
    Places.Resolved title = new Places.Resolved(opening, true, peru, "ONLY_CANDIDATE");
    Places.Resolved early = new Places.Resolved(opening, false, peru, "ONLY_CANDIDATE");
    Places.Resolved late =
        new Places.Resolved(new Places.Mention("Peru", 95, 99), false, peru, "ONLY_CANDIDATE");
    assertThat(Salience.weight(title, 100)).isGreaterThan(Salience.weight(early, 100));
    assertThat(Salience.weight(early, 100)).isGreaterThan(Salience.weight(late, 100));
  }
}
