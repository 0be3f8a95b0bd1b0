package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindClassifierTest {

  private final KindClassifier classifier = new KindClassifier();
  private static final List<String> NEUTRAL = List.of("The parliament of Georgia adopted the law on Tuesday.");

  private DocumentKind kind(String title, List<String> paragraphs, String url, String schemaType) {
    return classifier.classify(new KindClassifier.Evidence(title, paragraphs, url, schemaType, null, null));
  }

  @Test
  void a_salutation_makes_a_letter_whatever_the_url_says() {
    assertThat(kind("Title", List.of("Dear Commissioner Varga,", "We write…"), "https://x.example/news/1", null))
        .isEqualTo(DocumentKind.LETTER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "NewsArticle | NEWS", "Report | REPORT", "BlogPosting | COMMENTARY", "OpinionNewsArticle | COMMENTARY"})
  void the_schema_type_tells_the_kind(String type, DocumentKind expected) {
    assertThat(kind("Title", NEUTRAL, null, type)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Joint Statement on Media Freedom in Serbia | STATEMENT",
      "Open Letter to the Prime Minister of India | LETTER",
      "Shadow Report to the CEDAW Committee | REPORT",
      "Dispatches: A Vote Without Choice in Chad | COMMENTARY",
      "UN report finds abuses in Myanmar | OTHER",
  })
  void words_in_the_title_tell_the_kind(String title, DocumentKind expected) {
    assertThat(kind(title, NEUTRAL, null, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://www.example.org/en/press-releases/2020/serbia | STATEMENT",
      "https://www.example.org/reports/2019/chad-elections | REPORT",
      "https://www.example.org/blog/chad | COMMENTARY",
      "https://www.example.org/news/2019/chad | NEWS",
      "https://www.example.org/newsletter-signup | OTHER",
  })
  void words_in_the_url_path_tell_the_kind(String url, DocumentKind expected) {
    assertThat(kind("Chad", NEUTRAL, url, null)).isEqualTo(expected);
  }

  @Test
  void text_cues_tell_statements_commentary_and_news() {
    assertThat(kind("Title", List.of("FOR IMMEDIATE RELEASE", "The coalition welcomed the ruling."), null, null))
        .isEqualTo(DocumentKind.STATEMENT);
    assertThat(kind("Title", List.of("When I visited Tbilisi last month, my hosts were worried."), null, null))
        .isEqualTo(DocumentKind.COMMENTARY);
    assertThat(kind("Title", List.of("“I was beaten,” she said. “My son saw it.”"), null, null))
        .as("first person inside quotes is a source speaking, not the author").isEqualTo(DocumentKind.OTHER);
    assertThat(kind("Title", List.of("KAMPALA (Reuters) - Ugandan police arrested an opposition leader."), null, null))
        .isEqualTo(DocumentKind.NEWS);
  }

  @Test
  void without_evidence_the_kind_is_other() {
    assertThat(kind(null, NEUTRAL, null, null)).isEqualTo(DocumentKind.OTHER);
  }

  @Test
  void a_publisher_that_speaks_today_in_the_lead_issues_a_statement() {
    List<String> lead = List.of("Title", "Police in Dhaka must free the students, the Asia Justice Forum said today.");
    assertThat(classifier.classify(new KindClassifier.Evidence("Title", lead, "https://x.example/news/1", null, null,
        "Asia Justice Forum"))).isEqualTo(DocumentKind.STATEMENT);
    assertThat(classifier.classify(new KindClassifier.Evidence("Title", lead, "https://x.example/news/1", null, null,
        "Other Org"))).as("someone else speaking is news").isEqualTo(DocumentKind.NEWS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Joint statement by the Lakes Region Rights Coalition | STATEMENT",
      "Statement, 3 March 2023 | STATEMENT",
      "Press release | STATEMENT",
      "Open letter to the Minister of Interior | LETTER",
      "Briefing paper | REPORT",
      "Dispatches | COMMENTARY"})
  void a_kicker_line_in_the_lead_tells_the_kind(String kicker, DocumentKind expected) {
    List<String> paragraphs = List.of("Bolivia: Free the Detained Miners", kicker, NEUTRAL.get(0));
    assertThat(kind("Bolivia: Free the Detained Miners", paragraphs, null, null)).isEqualTo(expected);
  }

  @Test
  void a_sentence_that_starts_like_a_kicker_is_not_one() {
    List<String> paragraphs = List.of("Title", "Statement after statement from the ministry has denied that any arrests took"
        + " place in the northern provinces during the spring.");
    assertThat(kind("Title", paragraphs, null, null)).isEqualTo(DocumentKind.OTHER);
  }
}
