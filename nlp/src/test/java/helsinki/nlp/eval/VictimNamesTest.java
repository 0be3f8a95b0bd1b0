package helsinki.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import helsinki.core.InputException;
import helsinki.nlp.places.Gazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VictimNamesTest {

  @Test
  void names_compare_without_case_accents_punctuation_or_extra_spaces() {
    assertThat(VictimNames.key("Nazanin Zaghari-Ratcliffe")).isEqualTo(VictimNames.key("nazanin  zaghari ratcliffe"));
    assertThat(VictimNames.key("José  Ángel O'Neill")).isEqualTo("jose angel o neill");
    assertThat(VictimNames.key("E.V. Krishnasamy")).isEqualTo("e v krishnasamy");
  }

  @Test
  void attack_words_and_state_roles_are_recognised() {
    assertThat(VictimNames.ATTACK.matcher("the reporter was detained on Monday").find()).isTrue();
    assertThat(VictimNames.ATTACK.matcher("the activist spoke at a conference").find()).isFalse();
    assertThat(VictimNames.OFFICIAL.matcher("Interior Minister").find()).isTrue();
    assertThat(VictimNames.OFFICIAL.matcher("journalist").find()).isFalse();
  }

  @Test
  void scores_give_recall_precision_and_f1_without_dividing_by_zero() {
    VictimNames.Scores s = new VictimNames.Scores(10, 8, 6, 3, 4, List.of());
    assertThat(s.recall()).isCloseTo(0.8, within(1e-9));
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.designatedRecall()).isCloseTo(0.4, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * 0.5 * 0.4 / 0.9, within(1e-9));
    assertThat(new VictimNames.Scores(0, 0, 0, 0, 0, List.of()).f1()).isZero();
  }

  @Test
  void a_file_that_is_not_a_split_is_named_in_a_one_line_error(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("test.json");
    Files.writeString(file, "{not json", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VictimNames.measure(null, Gazetteer.load(), file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ": is not an HRDsAttack split");
  }
}
