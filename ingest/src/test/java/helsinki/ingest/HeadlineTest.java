package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {

  @Test
  void a_short_first_paragraph_is_the_title_and_a_second_the_subtitle() {
    Headline h = Headline.of(List.of("Belarus: Free the Viasna Three", "Rights group urges pardon of jailed defenders",
        "The three members of the group have been held since 2021."));

    assertThat(h.title()).isEqualTo("Belarus: Free the Viasna Three");
    assertThat(h.subtitle()).isEqualTo("Rights group urges pardon of jailed defenders");
  }

  @Test
  void a_un_cover_page_of_short_lines_is_named_by_its_report_line_and_the_country_after_it() {
    String cover = String.join("\n", "Distr.: General 3 March 2025", "Original: English", "General Assembly",
        "Human Rights Council Fifty-eighth session", "Agenda item 6", "Universal Periodic Review",
        "Report of the Working Group on the Universal Periodic Review*", "Paraguay", "*", "The annex is circulated as received.");

    Headline h = Headline.of(List.of(cover, "Introduction", "1. The Working Group held its session from 4 to 15 November."));

    assertThat(h.title()).isEqualTo("Report of the Working Group on the Universal Periodic Review: Paraguay");
  }

  @Test
  void a_cover_line_that_is_a_sentence_or_a_letter_block_gives_no_title() {
    String letter = String.join("\n", "Civic Watch", "12 Long Street", "Nairobi");
    String prose = String.join("\n", "Distr.: General", "Original: English",
        "Report of the mission is due next year and will be shared with the government.");

    assertThat(Headline.of(List.of(letter, "Dear Minister,", "We write about the evictions.")).title()).isNull();
    assertThat(Headline.of(List.of(prose, "More text follows here in a long paragraph.")).title()).isNull();
  }
}
