package helsinki.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import helsinki.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempEvalTest {

  @Test
  void timeml_text_loses_its_tags_and_keeps_timex_offsets() {
    TimeMl.Doc doc = TimeMl.parseText("d", LocalDate.of(2013, 3, 22),
        "\nPolice <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3>"
            + " that A&amp;B left <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">two years</TIMEX3> ago.");
    assertThat(doc.text()).isEqualTo("\nPolice said Friday that A&B left two years ago.");
    assertThat(doc.timexes()).containsExactly(
        new Timex(13, 19, "DATE", "2013-03-22"), new Timex(34, 43, "DURATION", "P2Y"));
  }

  @Test
  void strict_relaxed_and_value_scores_count_as_te3_does() {
    List<Timex> gold = List.of(
        new Timex(0, 6, "DATE", "2013-03-22"),        // found exactly, right value
        new Timex(10, 24, "TIME", "2013-03-22TMO"),   // found in part ("Friday" of "Friday morning"), wrong value
        new Timex(30, 35, "DATE", "2013"));           // missed
    List<Timex> system = List.of(
        new Timex(0, 6, "DATE", "2013-03-22"),
        new Timex(10, 16, "DATE", "2013-03-22"),
        new Timex(40, 45, "DURATION", "P1D"));         // spurious
    TimexScores s = TempEval.score(gold, system);

    assertThat(s).isEqualTo(new TimexScores(3, 3, 1, 1, 2, 2, 1, 1));
    assertThat(s.strictF1()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.relaxedF1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.valueAccuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void nothing_found_scores_zero_without_dividing_by_zero() {
    TimexScores s = TempEval.score(List.of(new Timex(0, 4, "DATE", "2013")), List.of());
    assertThat(s.relaxedF1()).isZero();
    assertThat(s.valueF1()).isZero();
  }

  @Test
  void a_file_that_is_not_timeml_is_named_in_a_one_line_error(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.tml");
    Files.writeString(file, "<html><body>not a TimeML file</body></html>", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TimeMl.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": not a TimeML document with DOCID, DCT and TEXT");
  }
}
