package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMarkersTest {

  private final PageMarkers markers = new PageMarkers();
  private static final String PAGE = "The committee heard testimony from families in the northern provinces. ".repeat(6);

  @Test
  void a_run_of_counters_with_one_total_is_removed_from_mid_sentence() {
    String text = PAGE + "we ask the ministry to act 2/4 without delay. " + PAGE + "and the courts 3/4 must respond. " + PAGE;
    assertThat(markers.remove(text))
        .contains("we ask the ministry to act without delay.")
        .contains("and the courts must respond.")
        .doesNotContain("2/4")
        .doesNotContain("3/4");
  }

  @Test
  void a_lone_fraction_is_not_a_page_marker() {
    String text = PAGE + "Some 2/3 of the detainees in Bahrain were held without charge. " + PAGE;
    assertThat(markers.remove(text)).contains("Some 2/3 of the detainees");
  }

  @Test
  void counters_close_together_are_fractions_not_pages() {
    String text = "Votes: 1/3 abstained and 2/3 approved the Nairobi resolution.";
    assertThat(markers.remove(text)).isEqualTo(text);
  }

  @Test
  void dates_with_slashes_are_left_alone() {
    String text = PAGE + "on 3/5/2019 the tribunal met " + PAGE + "and on 4/5/2019 again.";
    assertThat(markers.remove(text)).contains("3/5/2019").contains("4/5/2019");
  }

  @Test
  void page_x_of_y_markers_are_removed() {
    assertThat(markers.remove("The detention of Ahmed Mansoor Page 2 of 9 continued for years."))
        .isEqualTo("The detention of Ahmed Mansoor continued for years.");
  }

  @Test
  void rising_page_number_lines_a_page_apart_are_removed() {
    String text = PAGE + "\n4\n" + PAGE + "\n5\n" + PAGE;
    assertThat(markers.remove(text)).doesNotContainPattern("\\n\\d\\n");
  }

  @Test
  void numbers_in_a_table_column_are_not_page_numbers() {
    String text = "Arrests by year\n2019\n2020\n2021\n";
    assertThat(markers.remove(text)).isEqualTo(text);
  }
}
