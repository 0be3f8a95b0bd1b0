package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LettersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Dear Minister Kovalenko, | Minister Kovalenko",
      "Dear Prime Minister Ardern: | Prime Minister Ardern",
      "Dear Ms. Okonjo-Iweala, | Ms. Okonjo-Iweala",
      "Dear Mr. President: | Mr. President",
      "Dear Members of the Human Rights Council, | Members of the Human Rights Council",
      "Dear Senator Ruiz and Representative Chen: | Senator Ruiz;Representative Chen",
      "Dear Secretary Ahmed, Minister Dufour, and Commissioner Varga: | Secretary Ahmed;Minister Dufour;Commissioner Varga",
      "To: The Permanent Representatives of the Member States; The Special Rapporteur on Torture | The Permanent Representatives of the Member States;The Special Rapporteur on Torture",
  })
  void salutations_and_to_lines_name_the_addressees(String line, String expected) {
    assertThat(Letters.addressees(List.of("Re: detention of lawyers", line, "We write to you about…")))
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Dear Sir or Madam,", "Dear Colleagues,", "Dear Friends and Colleagues,", "Dear Sir/Madam:"})
  void generic_greetings_name_nobody_but_still_make_a_letter(String line) {
    List<String> paragraphs = List.of(line, "We write to you about…");
    assertThat(Letters.addressees(paragraphs)).isEmpty();
    assertThat(Letters.isAddressed(paragraphs)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void a_dear_deep_in_the_body_is_not_a_salutation() {
    List<String> paragraphs = new java.util.ArrayList<>(java.util.Collections.nCopies(20, "Body text about Peru."));
    paragraphs.add("Dear Minister Vargas,");
    assertThat(Letters.isAddressed(paragraphs)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void a_letter_quoted_after_the_body_has_begun_is_not_a_salutation() {
    List<String> paragraphs = List.of("Activists Write to the Minister",
        "Dozens of activists in Lagos signed an open letter on Monday that criticised the new cybercrime law, which they say "
            + "has been used to detain at least twelve journalists since it came into force in the spring of last year.",
        "Dear Minister Adeyemi,", "The letter asked for the law to be repealed.");
    assertThat(Letters.isAddressed(paragraphs)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void an_appeals_model_letter_after_the_case_names_whom_it_addresses_without_making_the_text_a_letter() {
    List<String> paragraphs = List.of("URGENT ACTION", "PERU: ENVIRONMENTAL DEFENDER THREATENED",
        "Since March, the water defender Rosa Quispe has received death threats after she denounced a mining spill near "
            + "her village; the police have not opened an investigation and her family fears for her life.",
        "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER",
        "Dear Attorney General,", "I urge you to order a prompt investigation into the threats.");
    assertThat(Letters.addressees(paragraphs)).containsExactly("Attorney General");
    assertThat(Letters.isAddressed(paragraphs)).isFalse();
  }
}
