package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helsinki asks} and {@code helsinki engagements} on a library holding both examples, ingested
 * once for the class with the full analysis (CoreNLP and the embedding model load once, in this JVM).
 */
class AsksCommandTest {

  @TempDir static Path dir;
  private static String data;

  @BeforeAll
  static void ingestExamples() {
    String shared = System.getProperty("helsinki.shared");
    Path examples = shared == null ? Path.of("absent") : Path.of(shared, "examples");
    assumeTrue(Files.exists(examples.resolve("hrf-letter-tillerson-2017-04-07.txt")),
        "the examples are not beside the repository (../shared/examples)");
    data = dir.resolve("data").toString();
    Cli r = Cli.run("ingest", "--data", data, examples.resolve("hrf-letter-tillerson-2017-04-07.txt").toString(),
        examples.resolve("hrw-tillerson-freeze-out-2017-04.txt").toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      nodes.add(Json.mapper().readTree(line));
    }
    return nodes;
  }

  @Test
  void asks_target_tillerson_json_lists_the_letters_asks_with_the_civil_society_ask_not_met_by_the_hrw_sentence()
      throws IOException {
    Cli r = Cli.run("asks", "--data", data, "--target", "Tillerson", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> asks = lines(r.out());
    assertThat(asks).hasSizeGreaterThanOrEqualTo(7).allSatisfy(a -> {
      assertThat(a.has("action") && a.has("object") && a.has("evidence") && a.has("document")).isTrue();
      assertThat(a.get("targetName").asText()).contains("Tillerson");
    });
    List<JsonNode> notMet = asks.stream().filter(a -> a.get("status").asText().equals("NOT_MET")).toList();
    assertThat(notMet).singleElement().satisfies(a -> {
      assertThat(a.get("action").asText()).isEqualTo("MEET");
      assertThat(a.get("object").asText()).contains("civil society");
      JsonNode outcome = a.get("outcomes").get(0);
      assertThat(outcome.get("evidence").get("quote").asText()).contains("didn’t meet with any of Russia’s civil society leaders");
      assertThat(outcome.get("document").asText()).isNotEqualTo(a.get("document").asText());
      assertThat(outcome.get("answers").get(0).asText()).isEqualTo(a.get("document").asText() + "#" + a.get("id").asText());
    });
    assertThat(asks).filteredOn(a -> !notMet.contains(a)).allSatisfy(a -> {
      assertThat(a.get("status").asText()).isEqualTo("OPEN");
      assertThat(a.get("outcomes")).isEmpty();
    });
  }

  @Test
  void asks_in_text_show_the_status_quote_and_evidence() {
    Cli r = Cli.run("asks", "--data", data, "--status", "not_met");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("NOT_MET").contains("MEET").contains("didn’t meet with any of Russia’s civil society leaders")
        .contains("1 asks");
  }

  @Test
  void a_bad_status_is_a_one_line_usage_error() {
    Cli r = Cli.run("asks", "--data", data, "--status", "DONE");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("--status").contains("DONE"));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void an_unknown_occasion_lists_nothing() {
    Cli r = Cli.run("asks", "--data", data, "--occasion", "g-doesnotexist", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void engagements_of_tillerson_are_one_trip_whose_id_selects_its_asks() throws IOException {
    Cli r = Cli.run("engagements", "--data", data, "--actor", "Tillerson", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode trip = lines(r.out()).get(0);
    assertThat(lines(r.out())).hasSize(1);
    assertThat(trip.get("countries").get(0).asText()).isEqualTo("RU");
    assertThat(trip.get("members")).hasSize(3);
    Cli asks = Cli.run("asks", "--data", data, "--occasion", trip.get("id").asText(), "--json");
    assertThat(lines(asks.out())).hasSize(trip.get("asks").size()).isNotEmpty();
    assertThat(Cli.run("engagements", "--data", data, "--actor", "Nobody Atall").out()).contains("0 engagements");
  }

  @Test
  void asks_of_a_missing_library_say_so_in_one_line() {
    Cli r = Cli.run("asks", "--data", dir.resolve("typo").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("there is no library"));
  }
}
