package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marking extractions in text, the paragraphs they are marked in, and the map they are counted on. */
class HighlightsTest {

  @Test
  void overlapping_marks_cut_the_text_into_runs_that_list_every_covering_mark_innermost_first() {
    String text = "We urge Minister Varga to act now.";
    Highlights.Mark ask = new Highlights.Mark(3, 33, "hl-ask", "item-ask-A1", "ask A1");
    Highlights.Mark person = new Highlights.Mark(8, 22, "hl-person", "item-entity-E1", "entity E1");
    List<Highlights.Run> runs = Highlights.runs(text, 0, text.length(), List.of(ask, person));
    assertThat(runs).extracting(Highlights.Run::text).containsExactly("We ", "urge ", "Minister Varga", " to act now", ".");
    assertThat(String.join("", runs.stream().map(Highlights.Run::text).toList())).isEqualTo(text);
    assertThat(runs.get(2).marks()).containsExactly(person, ask);
    assertThat(runs.get(2).href()).isEqualTo("#item-entity-E1");
    assertThat(runs.get(2).classes()).isEqualTo("hl-person hl-ask");
    assertThat(runs.get(0).marks()).isEmpty();
  }

  @Test
  void marks_are_clipped_to_the_paragraph_they_are_drawn_in() {
    String text = "First part.\n\nSecond part.";
    Highlights.Mark across = new Highlights.Mark(6, 19, "hl-ask", "a", "ask");
    assertThat(Highlights.runs(text, 13, 25, List.of(across))).extracting(Highlights.Run::text).containsExactly("Second", " part.");
  }

  @Test
  void paragraph_spans_point_at_the_same_paragraphs_the_reader_shows() {
    String text = "Title here\n\n  Dear Minister,\n \nWe ask you to act.\n\n\nSincerely\n";
    List<Span> spans = Pages.paragraphSpans(text, "Title here");
    assertThat(spans.stream().map(s -> text.substring(s.start(), s.end())).toList())
        .isEqualTo(Pages.paragraphs(text, "Title here"));
  }

  @Test
  void the_bundled_world_map_has_the_countries_by_iso_code_drawn_inside_the_frame() {
    WorldMap map = WorldMap.load();
    assertThat(map.countries()).hasSizeGreaterThan(170);
    WorldMap.Country russia = map.countries().stream().filter(c -> "RU".equals(c.code())).findFirst().orElseThrow();
    assertThat(russia.name()).isEqualTo("Russia");
    assertThat(russia.path()).startsWith("M").endsWith("Z").doesNotContain("NaN");
    assertThat(map.countries()).noneMatch(c -> "AQ".equals(c.code()));
    assertThat(WorldMap.x(-180)).isZero();
    assertThat(WorldMap.y(84)).isZero();
    assertThat(WorldMap.fill(0, 10)).isEqualTo("#e9ecef");
    assertThat(WorldMap.fill(10, 10)).isNotEqualTo(WorldMap.fill(1, 10));
  }

  @Test
  void a_year_chart_has_a_bar_for_every_year_between_the_first_and_the_last() {
    BarChart chart = BarChart.of(List.of(new helsinki.store.LabelCount("2017", 4), new helsinki.store.LabelCount("2020", 2),
        new helsinki.store.LabelCount("(undated)", 9)), "Documents");
    assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("2017", "2018", "2019", "2020");
    assertThat(chart.bars().get(1).h()).isZero();
    assertThat(chart.bars().get(0).h()).isEqualTo(2 * chart.bars().get(3).h());
    assertThat(chart.max()).isEqualTo(4);
  }
}
