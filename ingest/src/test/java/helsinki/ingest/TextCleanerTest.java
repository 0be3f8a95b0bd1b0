package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private static final WordList WORDS = WordList.english();
  private final TextCleaner cleaner = new TextCleaner(WORDS);

  @Test
  void wrapped_lines_become_one_paragraph_and_list_items_keep_their_lines() {
    String text = "The government of Uzbekistan has detained the blogger for\nthree months without charge, his family said.\n\n"
        + "We ask the authorities to:\n• release him;\n• allow visits by his lawyer.\n";
    assertThat(cleaner.clean(text, List.of())).isEqualTo(
        "The government of Uzbekistan has detained the blogger for three months without charge, his family said.\n\n"
            + "We ask the authorities to:\n• release him;\n• allow visits by his lawyer.");
  }

  @Test
  void form_feeds_are_pages_whose_running_header_is_dropped() {
    String header = "Freedom Now | Briefing on Azerbaijan\n";
    String text = header + "Journalists in Baku face travel bans and\n1\f" + header + "frozen accounts, our sources say.\n2\f"
        + header + "The courts have not reviewed the bans.\n3";
    assertThat(cleaner.clean(text, List.of()))
        .isEqualTo("Journalists in Baku face travel bans and frozen accounts, our sources say.\n\n"
            + "The courts have not reviewed the bans.");
  }

  @Test
  void non_breaking_and_invisible_characters_are_normalised() {
    assertThat(cleaner.clean("Ana\u00a0Ruiz,\u00a0Director\u200b of the   Fundación", List.of()))
        .isEqualTo("Ana Ruiz, Director of the Fundación");
  }

  @Test
  void a_page_saved_as_text_loses_its_chrome_and_keeps_its_dateline() {
    String text = "Skip to main content\n\nChina: Lawyers Disbarred for Taking Rights Cases\n\n"
        + "Beijing authorities have disbarred nine lawyers since 2018.\n\nPosted 12 June 2021\n\n"
        + "Sign up for our newsletter\n\nShare this via Twitter\n";
    assertThat(cleaner.clean(text, List.of())).isEqualTo(
        "China: Lawyers Disbarred for Taking Rights Cases\n\nBeijing authorities have disbarred nine lawyers since 2018."
            + "\n\nPosted 12 June 2021");
  }

  @Test
  void numbered_paragraphs_and_section_headings_keep_their_lines_and_a_lone_number_joins_its_text() {
    String text = "4. A list of questions was sent to Chile in advance.\nI. Summary of the proceedings of the review process\n"
        + "A. Presentation by the State under review\n5.\nThe head of the delegation spoke.";
    assertThat(cleaner.clean(text, List.of())).isEqualTo(
        "4. A list of questions was sent to Chile in advance.\nI. Summary of the proceedings of the review process\n"
            + "A. Presentation by the State under review\n5. The head of the delegation spoke.");
  }

  @Test
  void a_blank_line_inside_a_sentence_is_a_page_break_and_the_sentence_goes_on() {
    String text = "Recommendations\n\n121.10. Ratify the Optional Protocol to the Convention on the Rights of the\n\n"
        + "Child on a communications procedure;\n121.11. Ratify the Rome Statute amendments (Estonia);";
    assertThat(cleaner.clean(text, List.of())).isEqualTo(
        "Recommendations\n\n121.10. Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure;\n"
            + "121.11. Ratify the Rome Statute amendments (Estonia);");
  }

  @Test
  void a_closing_and_a_heading_are_not_joined_to_what_follows() {
    String text = "We urge the government of Zambia to act.\n\nYours faithfully,\n\nMwila Banda, Director\n\n"
        + "Recommendations to the Government of Zambia and\n\nThe donors";
    assertThat(cleaner.clean(text, List.of())).contains("Yours faithfully,\n\nMwila Banda, Director\n\nRecommendations");
  }

  @Test
  void a_title_is_never_run_on_into_the_body() {
    String text = "Dua Mangi's abduction releases social media vitriol against the\n\ncampaigners, the lawyers said.";
    assertThat(cleaner.clean(text, List.of())).contains("against the\n\ncampaigners");
  }
}
