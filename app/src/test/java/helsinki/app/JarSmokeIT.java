package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jar that {@code package} built, as a user's {@code ./helsinki} does: the shade plugin leaves
 * most of CoreNLP's models out, so this proves the ones every stage loads (tagger, NER, SUTime,
 * parser, classifiers, gazetteer) are still inside.
 */
class JarSmokeIT {

  private static final Path JAR = Path.of("target", "helsinki.jar");

  @TempDir Path dir;

  /** A letter of our own with a titled addressee, a trip, places, a date, a count and an ask. */
  private static final String LETTER = """
      Open Rights Watch
      12 March 2025

      Dear Foreign Minister Lindqvist,

      Ahead of your visit to Baku next week, we urge you to raise the cases of the 25 journalists \
      arrested in Azerbaijan since November 2023 with President Ilham Aliyev.

      Sincerely,
      Anna Berg, Director
      """;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the jar finishes within 5 minutes").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void the_built_jar_analyses_a_letter_with_every_stage() throws Exception {
    Path letter = dir.resolve("letter.txt");
    Files.writeString(letter, LETTER, StandardCharsets.UTF_8);

    Run r = run("analyze", letter.toString(), "--json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.get("published").asText()).isEqualTo("2025-03-12");
    assertThat(doc.get("countries").get(0).asText()).isEqualTo("AZ");
    assertThat(doc.get("entities").findValuesAsText("name")).contains("Ilham Aliyev", "Open Rights Watch");
    JsonNode visit = doc.get("engagements").get(0);
    assertThat(visit.get("when").get("start").asText()).as("SUTime's 'next week'").isEqualTo("2025-03-17");
    JsonNode ask = doc.get("asks").get(0);
    assertThat(ask.get("action").asText()).isEqualTo("RAISE");
    assertThat(ask.get("strength").isInt()).as("the strength classifier ran").isTrue();
    assertThat(ask.get("themes").size()).as("the themes classifier ran").isPositive();
    assertThat(doc.get("events").findValuesAsText("type")).contains("ARREST");
  }

  @Test
  void the_built_jar_loads_its_demo_corpus() throws Exception {
    Run r = run("demo", "--no-serve", "--data", dir.resolve("data").toString(),
        "--examples", dir.resolve("no-examples").toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ingested 12 inputs").contains("0 failed");
  }
}
