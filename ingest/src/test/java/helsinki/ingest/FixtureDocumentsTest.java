package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Documents written for these tests, in kinds and layouts the shared examples do not have, through the real Ingester. */
class FixtureDocumentsTest {

  private final Ingester ingester = new Ingester(IngestSettings.defaults());

  private Document read(String name) throws Exception {
    return ingester.read(fixture(name));
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(FixtureDocumentsTest.class.getResource("fixtures/" + name).toURI());
  }

  @Test
  void press_release_loses_its_chrome_and_states_its_title_date_publisher_and_kind() throws Exception {
    Document d = read("press-release.txt");
    assertThat(d.text())
        .startsWith("Guatemala: Free Jailed Indigenous Land Defender")
        .contains("GUATEMALA CITY (14 February 2022) – The Guatemalan authorities")
        .contains("For more information, contact:")
        .doesNotContain("Skip to content", "Donate", "newsletter", "Share this", "All rights reserved");
    assertThat(d.title()).isEqualTo("Guatemala: Free Jailed Indigenous Land Defender");
    assertThat(d.subtitle()).isEqualTo("Court Ruling Ignores Evidence of Fabricated Charges");
    assertThat(d.published()).isEqualTo(LocalDate.of(2022, 2, 14));
    assertThat(d.publisher()).isEqualTo("Center for Rural Rights");
    assertThat(d.kind()).isEqualTo(DocumentKind.STATEMENT);
    assertThat(d.addressees()).isEmpty();
  }

  @Test
  void joint_statement_has_several_signatories_with_their_roles() throws Exception {
    Document d = read("joint-statement.txt");
    assertThat(d.kind()).isEqualTo(DocumentKind.STATEMENT);
    assertThat(d.title()).isEqualTo("Joint Statement on the Detention of Journalists in Tajikistan");
    assertThat(d.authors()).containsExactly(
        new Author("Lena Hartmann", "Executive Director, Central Asia Press Freedom Network"),
        new Author("Tomás Ibarra", "Programme Director"),
        new Author("Ngozi Eze", "Chair of the Board"));
    assertThat(d.publisher()).isEqualTo("Central Asia Press Freedom Network");
    assertThat(d.published()).as("a date in the body is not the publication date").isNull();
  }

  @Test
  void pdf_like_pages_lose_running_headers_and_page_numbers_and_join_broken_sentences() throws Exception {
    Document d = read("pdf-like-briefing.txt");
    assertThat(d.text())
        .doesNotContain("Civil Liberties Watch — Country Briefing", "Page 1 of 3", "Page 2 of 3")
        .contains("amount to ill-treatment.")
        .contains("some have themselves been arrested on charges of extremism.")
        .contains("\n\nRecommendations\n\n");
    assertThat(d.title()).isEqualTo("Briefing: Political Prisoners in Belarus");
    assertThat(d.published()).isNull();
  }

  @Test
  void letter_with_an_inside_address_names_the_full_addressee_and_its_date() throws Exception {
    Document d = read("letter-inside-address.txt");
    assertThat(d.kind()).isEqualTo(DocumentKind.LETTER);
    assertThat(d.published()).isEqualTo(LocalDate.of(2021, 3, 2));
    assertThat(d.addressees()).containsExactly("Antony J. Blinken, Secretary of State");
    assertThat(d.authors()).containsExactly(new Author("Priya Raman", "Executive Director"));
    assertThat(d.publisher()).isEqualTo("Alliance for Civic Space");
    assertThat(d.title()).as("a letter that opens with its date has no stated title").isNull();
  }

  @Test
  void web_page_metadata_comes_from_its_meta_tags_and_json_ld() throws Exception {
    Document d = read("page.html");
    assertThat(d.title()).isEqualTo("Ukraine: Shelling Hits Hospitals");
    assertThat(d.subtitle()).isEqualTo("Attacks on Medical Facilities in Kharkiv Must Be Investigated");
    assertThat(d.publisher()).isEqualTo("Example Monitor");
    assertThat(d.published()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(d.kind()).isEqualTo(DocumentKind.NEWS);
    assertThat(d.authors()).containsExactly(new Author("Oksana Marchenko", "Researcher"));
  }
}
