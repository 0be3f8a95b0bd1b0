package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void a_missing_shared_folder_is_one_line_and_exit_1() {
    assertThat(run("eval", "--shared", dir.resolve("nowhere").toString())).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith(dir.resolve("nowhere") + ": no such folder").doesNotContain("\n");
  }

  @Test
  void a_shared_folder_without_the_data_set_names_what_is_missing() {
    assertThat(run("eval", "--shared", dir.toString(), "--part", "countries")).isEqualTo(1);
    assertThat(err.toString()).contains("hrdsattack").contains("not found");
  }

  @Test
  void an_unknown_part_is_a_usage_error() {
    assertThat(run("eval", "--part", "everything")).isEqualTo(2);
  }

  @Test
  void countries_are_measured_on_the_report_split_and_written_into_a_block_that_a_rerun_replaces() throws Exception {
    Path shared = Path.of(System.getProperty("helsinki.shared", "../shared"));
    assumeTrue(Files.exists(shared.resolve("datasets/hrdsattack/test.json")), "HRDsAttack absent under " + shared);
    Path file = dir.resolve("EVALUATION.md");
    Files.writeString(file, "# Evaluation\n\nWritten by hand.\n", StandardCharsets.UTF_8);

    assertThat(run("eval", "--shared", shared.toString(), "--part", "countries", "--write", file.toString())).isZero();
    assertThat(run("eval", "--shared", shared.toString(), "--part", "countries", "--write", file.toString())).isZero();

    assertThat(out.toString()).contains("| HRDsAttack test, first-ranked country | accuracy | 0.");
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# Evaluation\n\nWritten by hand.\n\n" + EvalCommand.BEGIN);
    assertThat(written.split(java.util.regex.Pattern.quote(EvalCommand.BEGIN), -1)).hasSize(2);
    assertThat(written).endsWith(EvalCommand.END + "\n");
  }

  @Test
  void the_table_has_a_header_and_one_line_per_row() {
    assertThat(EvalCommand.table(List.of("| a | b | 0.500 | c |")).lines().filter(l -> l.startsWith("|")))
        .containsExactly("| data | measure | value | notes |", "| --- | --- | --- | --- |", "| a | b | 0.500 | c |");
  }
}
