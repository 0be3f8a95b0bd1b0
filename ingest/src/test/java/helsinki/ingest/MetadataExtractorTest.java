package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.DocumentKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  private Metadata extract(String source, String text, Map<String, String> properties) {
    return extractor.extract(new RawContent.Text(source, "application/pdf", text, List.of(), properties), text, null);
  }

  @Test
  void a_letterhead_address_names_the_publisher_through_the_domain_table() {
    Metadata m = extract("letter.pdf", "Amnesty International\nPeter Benenson House, London\nwww.amnesty.org\n\n"
        + "12 May 2016\n\nDear Minister Sithole,\n\nWe write about the evictions in Harare.\n\nYours sincerely,\n\nJoan Phiri\nDirector",
        Map.of());
    assertThat(m.publisher()).isEqualTo("Amnesty International");
    assertThat(m.kind()).isEqualTo(DocumentKind.LETTER);
    assertThat(m.addressees()).containsExactly("Minister Sithole");
    assertThat(m.published()).hasToString("2016-05-12");
  }

  @Test
  void an_emails_date_header_is_its_publication_date_but_a_pdfs_creation_date_is_not() {
    String text = "Dear Minister,\n\nWe urge you to release the journalists.\n\nAnna Berg\nDirector";
    Map<String, String> headers = Map.of("dc:title", "Open letter", "dcterms:created", "2025-03-04T08:30:00Z");

    Metadata mail = extractor.extract(new RawContent.Text("letter.eml", "message/rfc822", text, List.of(), headers), text, null);
    Metadata pdf = extract("letter.pdf", text, headers);

    assertThat(mail.published()).hasToString("2025-03-04");
    assertThat(pdf.published()).isNull();
  }

  @Test
  void a_url_source_names_the_publisher_and_its_path_the_date() {
    Metadata m = extract("https://www.hrw.org/news/2019/06/04/kazakhstan-crackdown", "Kazakhstan: Crackdown on Protesters\n\n"
        + "Police detained hundreds of people who protested the election results in Almaty and Nur-Sultan.", Map.of());
    assertThat(m.publisher()).isEqualTo("Human Rights Watch");
    assertThat(m.published()).hasToString("2019-06-04");
  }

  @Test
  void a_formats_title_property_wins_unless_it_is_a_file_name() {
    String text = "ANNEX 2\n\nThe mission visited three detention centres in Libya in 2018.";
    assertThat(extract("a.pdf", text, Map.of("dc:title", "Detention in Libya: Mission Findings")).title())
        .isEqualTo("Detention in Libya: Mission Findings");
    assertThat(extract("a.pdf", text, Map.of("dc:title", "Microsoft Word - annex2_final.docx")).title()).isEqualTo("ANNEX 2");
  }

  @Test
  void a_signatory_in_the_users_table_names_the_publisher() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("publishers", ".tsv");
    try {
      java.nio.file.Files.writeString(file, "Joan Phiri\tZimbabwe Lawyers Forum\n", java.nio.charset.StandardCharsets.UTF_8);
      MetadataExtractor withUsers = new MetadataExtractor(PublisherTable.builtIn().withFile(file));
      String text = "Dear Minister Sithole,\n\nWe write about the evictions.\n\nYours sincerely,\n\nJoan Phiri, Director";
      Metadata m = withUsers.extract(new RawContent.Text("x.txt", "text/plain", text, List.of(), Map.of()), text, null);
      assertThat(m.publisher()).isEqualTo("Zimbabwe Lawyers Forum");
      assertThat(extract("x.txt", text, Map.of()).publisher()).as("without the user's table nothing says it").isNull();
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void a_cover_that_names_the_publisher_first_has_its_title_on_the_next_line() {
    Metadata m = extract("https://www.fidh.org/en/report.pdf", "FIDH\n\nInternational Federation for Human Rights (FIDH)\n\n"
        + "Cambodia: Land Grabs and Forced Evictions\n\nThe report documents evictions of families in Phnom Penh since 2008, "
        + "based on interviews with more than one hundred residents.", Map.of());
    assertThat(m.title()).isEqualTo("Cambodia: Land Grabs and Forced Evictions");
  }

  @Test
  void co_signers_name_no_single_publisher_but_one_organisation_under_the_signature_does() {
    String joint = "Joint statement on Nepal\n\nWe call for the release of the journalists.\n\nSignatories:\n\n"
        + "Committee for Press Freedom Nepal\nSouth Asia Media Network";
    assertThat(extract("x.txt", joint, Map.of()).publisher()).isNull();
    String single = "We call for the release of the journalists.\n\nSincerely,\n\nRam Thapa, Director\nSouth Asia Media Network";
    assertThat(extract("x.txt", single, Map.of()).publisher()).isEqualTo("South Asia Media Network");
  }

  @Test
  void a_markdown_posts_front_matter_states_date_and_author_but_a_pdfs_file_dates_do_not() {
    String text = "Serbia: Activists Fined for Protest\n\nA court in Novi Sad fined four activists on Monday.";
    Map<String, String> front = Map.of("dcterms:created", "2023-02-14", "dc:creator", "Milica Jovanović");
    Metadata post = extractor.extract(new RawContent.Text("post.md", "text/markdown", text, List.of(), front), text, null);
    assertThat(post.published()).hasToString("2023-02-14");
    assertThat(post.authors()).extracting(helsinki.core.Author::name).containsExactly("Milica Jovanović");
    Metadata pdf = extract("brief.pdf", text, front);
    assertThat(pdf.published()).isNull();
    assertThat(pdf.authors()).isEmpty();
  }

  @Test
  void release_lines_and_a_date_above_the_headline_are_not_the_title() {
    String text = "FOR IMMEDIATE RELEASE\n\n9 September 2021\n\nEthiopia: Aid Convoys Blocked in Tigray\n\n"
        + "Aid agencies said that no convoy had reached Mekelle for three weeks, leaving hundreds of thousands without food.";
    Metadata m = extract("release.txt", text, Map.of());
    assertThat(m.title()).isEqualTo("Ethiopia: Aid Convoys Blocked in Tigray");
    assertThat(m.published()).hasToString("2021-09-09");
    assertThat(m.kind()).isEqualTo(DocumentKind.STATEMENT);
  }

  @Test
  void a_statement_by_kicker_names_the_publisher_and_the_kind() {
    String text = "Bolivia: Free the Detained Miners\n\nJoint statement by the Lakes Region Rights Coalition\n"
        + "La Paz, 3 March 2023\n\nThe coalition calls on the authorities to release the forty miners detained "
        + "after the strike, and to investigate reports of beatings in custody.";
    Metadata m = extract("bolivia.txt", text, Map.of());
    assertThat(m.publisher()).isEqualTo("Lakes Region Rights Coalition");
    assertThat(m.kind()).isEqualTo(DocumentKind.STATEMENT);
    assertThat(m.title()).isEqualTo("Bolivia: Free the Detained Miners");
  }

  @Test
  void a_kicker_naming_two_organisations_names_no_single_publisher() {
    String text = "Joint Action Needed\n\nStatement by the Lakes Region Rights Coalition and the Andean Press Union\n\n"
        + "The two organisations call on the authorities to release the detained reporters.";
    assertThat(extract("joint.txt", text, Map.of()).publisher()).isNull();
  }
}
