package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunningLinesTest {

  private final RunningLines running = new RunningLines();

  private static String page(int n, String body) {
    return "Amnesty Briefing | Kenya 2021\n" + body + "\nPage " + n + "\n";
  }

  @Test
  void headers_and_page_numbers_repeated_on_every_page_are_dropped() {
    String joined = running.join(List.of(
        page(1, "Police in Nairobi detained twelve activists."),
        page(2, "The activists were released on bail."),
        page(3, "A hearing is set for March.")));
    assertThat(joined)
        .doesNotContain("Amnesty Briefing")
        .doesNotContain("Page ")
        .contains("Police in Nairobi detained twelve activists.")
        .contains("A hearing is set for March.");
  }

  @Test
  void a_sentence_cut_by_a_page_break_continues_on_the_next_line() {
    String joined = running.join(List.of(
        page(1, "The tribunal in Dhaka sentenced the"),
        page(2, "editor to seven years in prison.")));
    assertThat(joined).isEqualTo("The tribunal in Dhaka sentenced the\neditor to seven years in prison.");
  }

  @Test
  void a_line_on_one_page_only_is_kept() {
    String joined = running.join(List.of("Summary\nFirst page text.", "Findings\nSecond page text."));
    assertThat(joined).contains("Summary").contains("Findings");
  }

  @Test
  void without_pages_a_short_line_repeated_a_page_apart_is_dropped() {
    String body = "Witnesses described the raid on the shelter in detail to our researchers.\n".repeat(6);
    String text = "FIDH Report 2018\n" + body + "FIDH Report 2018\n" + body + "FIDH Report 2018\n" + body;
    assertThat(running.removeRepeated(text)).doesNotContain("FIDH Report").contains("Witnesses described");
  }

  @Test
  void without_pages_a_line_repeated_twice_is_kept() {
    String text = "Recommendations to Brazil\nEnd impunity.\nRecommendations to Brazil\n";
    assertThat(running.removeRepeated(text)).isEqualTo(text);
  }

  @Test
  void a_body_line_that_repeats_a_header_away_from_the_page_edges_is_kept() {
    String header = "Annual Report of the Ombudsman";
    String body = "First line.\nSecond line.\nThird line.\n" + header + "\nFifth line.\nSixth line.\nSeventh line.";
    String joined = running.join(List.of(header + "\n" + body + "\n1", header + "\nMore text.\n2"));
    assertThat(joined).startsWith("First line.").contains("Third line.\n" + header + "\nFifth line.");
  }
}
