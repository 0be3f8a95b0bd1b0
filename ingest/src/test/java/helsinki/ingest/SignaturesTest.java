package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Author;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignaturesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Sincerely,", "Very respectfully,", "Yours faithfully,", "Kind regards,", "Respectfully submitted,", "Atentamente,"})
  void each_closing_opens_a_signature_block(String closing) {
    Signatures.Signed s = Signatures.signatureBlock(List.of("We ask you to act.", closing, "Hiroshi Tanaka, Secretary General"));
    assertThat(s.authors()).containsExactly(new Author("Hiroshi Tanaka", "Secretary General"));
  }

  @Test
  void a_name_with_its_role_and_organisation_on_the_lines_below() {
    Signatures.Signed s = Signatures.signatureBlock(
        List.of("Thank you for your attention.", "Yours sincerely,", "Dr. Amira Haddad\nDirector of Advocacy\nMiddle East Rights Forum"));
    assertThat(s.authors()).containsExactly(new Author("Dr. Amira Haddad", "Director of Advocacy"));
    assertThat(s.organisations()).containsExactly("Middle East Rights Forum");
  }

  @Test
  void a_closing_in_the_middle_of_a_sentence_is_not_a_signature() {
    assertThat(Signatures.signatureBlock(List.of("We sincerely hope you will act.", "Carlos Mendes wrote to us.")).authors())
        .isEmpty();
  }

  @Test
  void the_block_stops_at_a_dateline_or_a_long_line() {
    Signatures.Signed s = Signatures.signatureBlock(List.of("Sincerely,", "Ana Lima, Coordinator", "Published on 2 May 2020",
        "Maria Souza"));
    assertThat(s.authors()).containsExactly(new Author("Ana Lima", "Coordinator"));
  }

  @Test
  void bylines_name_one_or_several_authors() {
    assertThat(Signatures.byline(List.of("Title", "By Jane Kimani, Senior Researcher", "Body.")))
        .containsExactly(new Author("Jane Kimani", "Senior Researcher"));
    assertThat(Signatures.byline(List.of("Title", "By Luis Ortega and Mei Lin", "Body.")))
        .containsExactly(new Author("Luis Ortega", null), new Author("Mei Lin", null));
  }

  @Test
  void a_list_of_co_signing_organisations_is_read_as_organisations() {
    Signatures.Signed s = Signatures.signatureBlock(List.of("We call for the release of the journalists.", "Signatories:",
        "Committee for Press Freedom Nepal\nSouth Asia Media Network\nFreedom Forum Kathmandu"));
    assertThat(s.authors()).isEmpty();
    assertThat(s.organisations()).containsExactly(
        "Committee for Press Freedom Nepal", "South Asia Media Network", "Freedom Forum Kathmandu");
  }
}
