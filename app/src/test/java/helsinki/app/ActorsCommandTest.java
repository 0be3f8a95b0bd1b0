package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helsinki actors}, {@code actors merge} and {@code actors split}, in-process, on a library that
 * one ingest (with the real annotator) builds for the class and each test copies.
 */
class ActorsCommandTest {

  private static final String LETTER = """
      Open letter to Foreign Minister Anna Lindqvist ahead of her visit to Minsk

      March 3, 2021

      Dear Minister Lindqvist:

      We write ahead of your visit to Belarus next week. Since August 2020 the Belarusian authorities have
      detained more than 30,000 peaceful protesters. We urge you to raise the case of Ales Bialiatski with
      Foreign Minister Vladimir Makei and to meet with independent journalists while you are in Minsk.

      Sincerely,

      Maria Okonkwo, Director, Baltic Rights Watch
      """;

  private static final String REPORT = """
      Minister's visit to Minsk ends without a meeting with rights defenders

      March 19, 2021

      Swedish Foreign Minister Anna Lindqvist met Belarusian Foreign Minister Vladimir Makei in Minsk on
      Tuesday. Lindqvist did not meet the families of detained protesters, and the government of Belarus
      refused her request to visit Ales Bialiatski in prison.
      """;

  @TempDir static Path shared;
  @TempDir Path dir;
  String data;

  @BeforeAll
  static void ingestOnce() throws IOException {
    Path docs = Files.createDirectories(shared.resolve("docs"));
    Files.writeString(docs.resolve("letter.txt"), LETTER, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("report.txt"), REPORT, StandardCharsets.UTF_8);
    Cli r = Cli.run("ingest", "--data", shared.resolve("data").toString(), docs.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @BeforeEach
  void copyLibrary() throws IOException {
    Path from = shared.resolve("data");
    try (Stream<Path> files = Files.walk(from)) {
      files.filter(p -> !p.getFileName().toString().equals("write.lock")).forEach(p -> copy(p, dir.resolve("data").resolve(from.relativize(p).toString())));
    }
    data = dir.resolve("data").toString();
  }

  private static void copy(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.copy(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void actors_lists_one_row_per_actor_and_json_lines_with_the_format_fields() {
    Cli table = Cli.run("actors", "--data", data, "lindqvist");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains("Anna Lindqvist").contains("PERSON").contains("SE").contains("1 actor.");

    Cli json = Cli.run("actors", "--data", data, "--json");
    assertThat(json.exit()).isZero();
    List<JsonNode> lines = json.out().lines().map(l -> Json.read(l, JsonNode.class)).toList();
    assertThat(lines).isNotEmpty().allSatisfy(n -> assertThat(n.fieldNames()).toIterable()
        .containsExactly("id", "name", "type", "aliases", "roles", "country", "documents"));
    JsonNode anna = lines.stream().filter(n -> n.get("name").asText().equals("Anna Lindqvist")).findFirst().orElseThrow();
    assertThat(anna.get("id").asText()).startsWith("a-");
    assertThat(anna.get("documents")).hasSize(2);
    assertThat(anna.get("roles").get(0).get("first").asText()).isEqualTo("2021-03-03");
    assertThat(Cli.run("actors", "--data", data, "nobody-at-all").out()).contains("No actors.");

    Cli relink = Cli.run("actors", "relink", "--data", data);
    assertThat(relink.exit()).as(relink.err()).isZero();
    assertThat(relink.out()).contains("Linked the actors of 2 analysed documents; " + lines.size() + " actors.");
    assertThat(Cli.run("actors", "--data", data, "--json").out()).isEqualTo(json.out());
  }

  @Test
  void merge_and_split_change_the_listing_and_bad_ids_exit_4_in_one_line() {
    String anna = id("Anna Lindqvist");
    String makei = id("Vladimir Makei");
    Cli unknown = Cli.run("actors", "merge", "--data", data, anna, "a-99999");
    assertThat(unknown.exit()).isEqualTo(4);
    assertThat(unknown.err().lines().toList()).singleElement().asString().contains("a-99999").contains("no such actor");
    Cli same = Cli.run("actors", "merge", "--data", data, anna, anna);
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err().lines().toList()).singleElement().asString().contains("already the same actor");
    Cli noAlias = Cli.run("actors", "split", "--data", data, makei, "Lindqvist");
    assertThat(noAlias.exit()).isEqualTo(4);
    assertThat(noAlias.err().lines().toList()).singleElement().asString().contains("has no alias");

    Cli merged = Cli.run("actors", "merge", "--data", data, "--by", "reviewer", anna, makei);
    assertThat(merged.exit()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("Merged " + makei + " into " + anna);
    assertThat(Cli.run("actors", "--data", data, "Makei").out()).contains(anna).doesNotContain(makei + " ");

    Cli split = Cli.run("actors", "split", "--data", data, "--by", "reviewer", anna, "Vladimir Makei");
    assertThat(split.exit()).as(split.err()).isZero();
    assertThat(split.out()).contains("Split \"Vladimir Makei\" off " + anna);
    assertThat(Cli.run("actors", "--data", data, "Makei").out()).contains("Vladimir Makei").contains("1 actor.");
  }

  @Test
  void actors_of_a_missing_library_says_so_in_one_line() {
    Cli r = Cli.run("actors", "--data", dir.resolve("typo").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().lines().toList()).singleElement().asString().contains("there is no library in");
  }

  private String id(String name) {
    return Cli.run("actors", "--data", data, "--json").out().lines().map(l -> Json.read(l, JsonNode.class))
        .filter(n -> n.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asText();
  }
}
