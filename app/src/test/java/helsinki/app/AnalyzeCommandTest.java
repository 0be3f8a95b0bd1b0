package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void analyze_prints_one_format_object_per_readable_input_and_one_error_line_per_bad_one() throws Exception {
    Path note = dir.resolve("note.txt");
    Files.writeString(note, "Statement on detentions\n\nWe call for the release of all detained reporters.\n",
        StandardCharsets.UTF_8);

    int code = run("analyze", note.toString(), dir.resolve("missing.txt").toString(), note.toString());

    assertThat(code).isEqualTo(Main.SOME_INPUTS_FAILED);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = Json.mapper().readTree(lines[0]);
    assertThat(first.get("format").asInt()).isEqualTo(1);
    assertThat(first.get("text").asText()).contains("release of all detained reporters");
    assertThat(first.get("events").isArray()).isTrue();
    assertThat(err.toString().strip()).isEqualTo(dir.resolve("missing.txt") + ": no such file or folder");
  }

  @Test
  void a_bad_date_is_a_usage_error() {
    assertThat(run("analyze", "--date", "April 7", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--date");
  }

  @Test
  void a_malformed_url_is_named_in_its_error() {
    assertThat(run("analyze", "http://exa mple.org/a b")).isEqualTo(Main.SOME_INPUTS_FAILED);
    assertThat(err.toString()).startsWith("http://exa mple.org/a b: ");
  }
}
