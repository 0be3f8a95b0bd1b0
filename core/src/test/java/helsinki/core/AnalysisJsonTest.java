package helsinki.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

  private static Document letter() {
    return new Document(
        "d-0123456789",
        "letter.txt",
        "text/plain",
        "Letter to the Minister",
        null,
        "Example Rights Group",
        List.of(new Author("Ana Example", "Director")),
        LocalDate.of(2017, 4, 7),
        "en",
        DocumentKind.LETTER,
        List.of("Minister Example"),
        "Dear Minister Example: we urge you to act.",
        List.of(),
        new Fingerprint("0123456789abcdef", new int[] {1, 2, 3}));
  }

  @Test
  void analysis_is_written_in_format_field_order_with_iso_dates_and_nulls() throws Exception {
    Entity minister =
        new Entity("E1", EntityType.PERSON, "Example", List.of("Minister Example"), List.of("Minister"), null,
            List.of(new Span(5, 21)));
    String line = Json.line(Analysis.of(letter(), List.of(minister), List.of("E1")));

    assertThat(line).startsWith("{\"format\":1,\"id\":\"d-0123456789\",\"source\":\"letter.txt\",\"title\":");
    assertThat(line).doesNotContain("\n");
    JsonNode tree = Json.mapper().readTree(line);
    assertThat(tree.get("published").asText()).isEqualTo("2017-04-07");
    assertThat(tree.get("subtitle").isNull()).isTrue();
    assertThat(tree.get("addressees").get(0).asText()).isEqualTo("E1");
    assertThat(tree.get("entities").get(0).get("mentions").toString()).isEqualTo("[[5,21]]");
    assertThat(tree.get("events").isArray()).isTrue();
  }

  @Test
  void analysis_reads_back_equal() {
    Analysis analysis = Analysis.of(letter(), List.of(), List.of());
    assertThat(Json.read(Json.line(analysis), Analysis.class)).isEqualTo(analysis);
  }

  @Test
  void fingerprint_similarity_counts_equal_slots() {
    Fingerprint a = new Fingerprint("a", new int[] {1, 2, 3, 4});
    Fingerprint b = new Fingerprint("b", new int[] {1, 2, 0, 0});
    assertThat(a.similarity(b)).isEqualTo(0.5);
    assertThat(a.similarity(a)).isEqualTo(1.0);
  }

  @Test
  void input_exception_is_one_line_naming_the_input() {
    InputException e = new InputException("/tmp/x.pdf", "not a PDF:\n  bad header");
    assertThat(e.getMessage()).isEqualTo("/tmp/x.pdf: not a PDF: bad header");
  }
}
