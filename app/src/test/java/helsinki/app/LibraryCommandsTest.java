package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Analysis;
import helsinki.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every library command, run in-process on a library in a temporary folder. */
class LibraryCommandsTest {

  @TempDir Path dir;
  String data;
  Path docs;

  @BeforeEach
  void writeDocuments() throws IOException {
    data = dir.resolve("data").toString();
    docs = dir.resolve("docs");
    Files.createDirectories(docs);
    write("torture.txt", "Detainees in the northern prison described beatings and electric shocks during interrogation. "
        + "Guards denied them medical care for weeks. The monitors call for an independent inquiry into torture in custody. "
        + "Relatives were not told where the detainees were held, and lawyers waited at the gate every morning.");
    write("elections.txt", "Observers reported ballot stuffing at polling stations in the eastern districts. "
        + "Journalists covering the count were pushed out of the building and their cameras were confiscated. "
        + "The commission refused to publish results by polling station, which the observers had requested.");
    write("torture-copy.txt", Files.readString(docs.resolve("torture.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void ingest_prints_a_summary_and_stores_a_copy_as_a_second_source() {
    Cli r = Cli.run("ingest", "--data", data, docs.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ingested 3 inputs: 2 new").contains("1 duplicate").contains("0 failed");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void ingest_no_analyze_stores_bare_records_that_reanalyze_fills() {
    assertThat(Cli.run("ingest", "--no-analyze", "--data", data, docs.toString()).exit()).isZero();
    String bare = Cli.run("export", "--data", data, "--format", "jsonl").out();
    assertThat(bare.lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"entities\":[]"));

    Cli r = Cli.run("reanalyze", "--data", data);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Analysed 2 documents; 0 failed.");
    String analysed = Cli.run("export", "--data", data, "--format", "jsonl").out();
    assertThat(analysed.lines()).hasSize(2).anySatisfy(l -> assertThat(l).doesNotContain("\"entities\":[]"));
  }

  @Test
  void reanalyze_of_a_missing_library_says_so_in_one_line() {
    Cli r = Cli.run("reanalyze", "--data", dir.resolve("typo").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().lines().toList()).singleElement().asString().contains("there is no library in");
  }

  @Test
  void ingest_json_gives_the_counts_and_failures_as_data() {
    Cli r = Cli.run("ingest", "--data", data, "--json", docs.toString(), dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = Json.read(r.out().strip(), JsonNode.class);
    assertThat(json.get("counts").get("NEW").asInt()).isEqualTo(2);
    assertThat(json.get("counts").get("DUPLICATE").asInt()).isEqualTo(1);
    assertThat(json.get("failures").get(0).get("message").asText()).contains("nope.txt");
  }

  @Test
  void ingest_names_each_bad_input_on_one_line_keeps_the_rest_and_exits_1() {
    Cli r = Cli.run("ingest", "--data", data, dir.resolve("nope.txt").toString(), docs.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines().toList()).singleElement().asString().contains("nope.txt").contains("no such file");
    assertThat(r.out()).contains("2 new").contains("1 failed");
    assertThat(Cli.run("stats", "--data", data).out()).contains("Documents:  2");
  }

  @Test
  void ingest_without_inputs_is_a_usage_error_and_resume_with_nothing_to_resume_says_so() {
    Cli none = Cli.run("ingest", "--data", data);
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().lines().count()).isEqualTo(1);
    Cli resume = Cli.run("ingest", "--data", data, "--resume");
    assertThat(resume.exit()).isZero();
    assertThat(resume.out()).contains("Nothing to resume");
  }

  @Test
  void search_shows_ranked_hits_with_marked_words_and_facet_counts() {
    ingest();
    Cli r = Cli.run("search", "--data", data, "torture");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 document found for \"torture\"").contains("**torture**").contains("Facets:")
        .contains("kind");
    Cli all = Cli.run("search", "--data", data, "--limit", "1");
    assertThat(all.out()).contains("2 documents found").doesNotContain(" 2. ");
  }

  @Test
  void search_json_is_one_object_with_hits_and_facets() {
    ingest();
    Cli r = Cli.run("search", "--data", data, "--json", "journalists");
    assertThat(r.exit()).isZero();
    JsonNode json = Json.read(r.out().strip(), JsonNode.class);
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(json.get("hits").get(0).get("snippet").get("highlights")).hasSize(1);
    assertThat(json.get("facets")).isNotEmpty();
  }

  @Test
  void search_filters_by_kind_and_date_and_rejects_bad_values_with_exit_2() {
    ingest();
    Cli letters = Cli.run("search", "--data", data, "--json", "--kind", "letter");
    assertThat(letters.exit()).isZero();
    Json.read(letters.out().strip(), JsonNode.class).get("hits")
        .forEach(h -> assertThat(h.get("kind").asText()).isEqualTo("LETTER"));
    assertThat(Cli.run("search", "--data", data, "--from", "2100", "torture").out()).contains("0 documents found");

    for (List<String> bad : List.of(List.of("--from", "yesterday"), List.of("--kind", "poem"),
        List.of("--from", "2020", "--to", "2019"), List.of("--limit", "0"))) {
      Cli r = Cli.run(concat(List.of("search", "--data", data), bad));
      assertThat(r.exit()).as(bad.toString()).isEqualTo(2);
      assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).doesNotContain("Exception");
    }
  }

  @Test
  void show_prints_metadata_sources_and_text_and_json_holds_the_format_fields() {
    ingest();
    String id = firstId("torture");
    Cli r = Cli.run("show", "--data", data, id);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("id:         " + id).contains("Sources (2):").contains("torture-copy.txt")
        .contains("Near-duplicates: none").contains("electric shocks");

    JsonNode json = Json.read(Cli.run("show", "--data", data, "--json", id).out().strip(), JsonNode.class);
    assertThat(json.get("document").get("format").asInt()).isEqualTo(1);
    assertThat(json.get("document").get("id").asText()).isEqualTo(id);
    assertThat(json.get("sources")).hasSize(2);
    assertThat(json.get("visibility").asText()).isEqualTo("PUBLIC");
  }

  @Test
  void show_of_an_unknown_id_is_one_line_and_exit_4() {
    ingest();
    Cli r = Cli.run("show", "--data", data, "d-0000000000");
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("d-0000000000").contains("no such document");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void show_names_near_duplicates() throws IOException {
    String base = Files.readString(docs.resolve("torture.txt"), StandardCharsets.UTF_8);
    write("torture-republished.txt", "Republished from the monitors' website. " + base + " " + base);
    write("torture-long.txt", base + " " + base);
    ingest();
    String id = firstId("republished");
    Cli r = Cli.run("show", "--data", data, id);
    assertThat(r.out()).contains("Near-duplicates (nearly the same text").contains("% similar");
  }

  @Test
  void export_jsonl_writes_one_format_object_per_document_and_csv_a_header_and_rows() throws IOException {
    ingest();
    Cli jsonl = Cli.run("export", "--data", data, "--format", "jsonl");
    assertThat(jsonl.exit()).isZero();
    List<Analysis> objects = jsonl.out().lines().map(l -> Json.read(l, Analysis.class)).toList();
    assertThat(objects).hasSize(2).allSatisfy(a -> assertThat(a.format()).isEqualTo(Analysis.FORMAT));

    Path csv = dir.resolve("library.csv");
    Cli r = Cli.run("export", "--data", data, "--format", "CSV", "--out", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).startsWith("id,kind,title,publisher,authors,published");
    assertThat(rows).hasSize(3);
    assertThat(Files.exists(dir.resolve("library.csv.partial"))).isFalse();
  }

  @Test
  void export_to_a_folder_that_does_not_exist_fails_in_one_line() {
    ingest();
    Cli r = Cli.run("export", "--data", data, "--format", "jsonl", "--out", dir.resolve("no/such/dir/x.jsonl").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("x.jsonl");
  }

  @Test
  void reindex_and_stats_report_the_same_documents() {
    ingest();
    Cli re = Cli.run("reindex", "--data", data);
    assertThat(re.exit()).isZero();
    assertThat(re.out()).contains("Reindexed 2 documents.");
    JsonNode stats = Json.read(Cli.run("stats", "--data", data, "--json").out().strip(), JsonNode.class);
    assertThat(stats.get("store").get("documents").asLong()).isEqualTo(2);
    assertThat(stats.get("store").get("sources").asLong()).isEqualTo(3);
    assertThat(stats.get("indexedDocuments").asLong()).isEqualTo(2);
    assertThat(stats.get("indexBytes").asLong()).isPositive();
    assertThat(Cli.run("search", "--data", data, "observers").out()).contains("1 document found");
  }

  @Test
  void a_data_folder_that_cannot_be_made_is_a_one_line_error_and_exit_3() throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
    for (List<String> command : List.of(List.of("ingest", docs.toString()), List.of("demo"))) {
      Cli r = Cli.run(concat(command, List.of("--data", file.toString())));
      assertThat(r.exit()).as(command.toString()).isEqualTo(3);
      assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).contains("a-file").doesNotContain("Exception");
    }
  }

  @Test
  void reading_commands_on_a_folder_without_a_library_say_so_and_create_nothing() {
    for (String command : List.of("stats", "search", "reindex", "export --format csv", "show d-1")) {
      List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
      args.addAll(List.of("--data", dir.resolve("typo").toString()));
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exit()).as(command).isEqualTo(3);
      assertThat(r.err()).contains("there is no library in").contains("typo");
      assertThat(r.err().lines().count()).isEqualTo(1);
    }
    assertThat(Files.exists(dir.resolve("typo"))).isFalse();
  }

  @Test
  void every_command_has_help() {
    for (String command : List.of("ingest", "search", "show", "export", "reindex", "reanalyze", "stats", "demo")) {
      Cli r = Cli.run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).contains("Usage: helsinki " + command);
    }
    assertThat(Cli.run("--help").out()).contains("Exit codes:").contains("4   the requested document");
  }

  private void ingest() {
    Cli r = Cli.run("ingest", "--data", data, docs.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private String firstId(String query) {
    JsonNode json = Json.read(Cli.run("search", "--data", data, "--json", query).out().strip(), JsonNode.class);
    return json.get("hits").get(0).get("id").asText();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(docs.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String[] concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
