package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.IngestListener;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import helsinki.store.SearchQuery;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's pages and API over real HTTP, on a library whose documents were analysed by the real analyzer. */
class WorkbenchTest {

  @TempDir static Path dir;
  static Library library;
  static WebApp web;
  static Http http;
  static String letter;
  static String hostile;

  @BeforeAll
  static void serve() throws IOException {
    library = Library.open(LibraryLocation.resolve(dir.resolve("data"), null, null), new Ingester(IngestSettings.defaults()), 2,
        Nlp.analyzer());
    library.ingest(List.of(AnalysedFixtures.write(dir.resolve("corpus")).toString()), IngestListener.NONE);
    letter = library.search(SearchQuery.of("Varga")).hits().get(0).id();
    hostile = library.search(SearchQuery.of("petition")).hits().get(0).id();
    web = WebApp.create(library).start("127.0.0.1", 0);
    http = Http.of(web.port());
  }

  @AfterAll
  static void stop() {
    web.close();
    library.close();
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.mapper().readTree(r.body());
  }

  @Test
  void the_reader_marks_each_extraction_by_kind_and_links_it_to_its_record() throws IOException {
    JsonNode analysis = json(http.get("/api/documents/" + letter + "/analysis")).get("effective");
    String ask = analysis.at("/asks/0/id").asText();
    String person = "";
    for (JsonNode e : analysis.get("entities")) {
      if (e.get("type").asText().equals("PERSON")) {
        person = e.get("id").asText();
      }
    }
    String page = http.get("/documents/" + letter).body();
    assertThat(ask).isNotEmpty();
    assertThat(person).isNotEmpty();
    // Other tests here may have decided on the ask already, so its state is any.
    assertThat(page).containsPattern("class=\"hl hl-ask state-\\w+\" href=\"#item-ask-" + ask + "\"")
        .containsPattern("<details class=\"item state-\\w+\" id=\"item-ask-" + ask + "\">")
        .contains("hl-entity hl-person").contains("id=\"item-entity-" + person + "\"")
        .contains("action=\"/documents/" + letter + "/reviews\"");
    String quote = analysis.at("/asks/0/evidence/quote").asText();
    assertThat(page).as("the ask's evidence is marked in the text").contains(quote.substring(quote.length() - 12) + "</a>");
  }

  @Test
  void markup_in_an_analysed_document_stays_text_inside_and_around_the_marks() {
    String page = http.get("/documents/" + hostile).body();
    assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(").contains("hl-ask");
  }

  @Test
  void a_decision_posted_from_the_reader_shows_on_the_reader_and_in_the_audit_trail() throws IOException {
    String ask = json(http.get("/api/documents/" + letter + "/analysis")).at("/effective/asks/0/id").asText();
    HttpResponse<String> posted = http.postForm("/documents/" + letter + "/reviews",
        Map.of("kind", "ask", "item", ask, "decision", "confirmed", "reviewer", "Rita <b>Reviewer</b>", "note", "checked",
            "correction", "{\"ignored\": true}"));
    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(posted.headers().firstValue("Location")).hasValue("/documents/" + letter + "#item-ask-" + ask);

    String page = http.get("/documents/" + letter).body();
    assertThat(page).contains("id=\"item-ask-" + ask + "\"").contains("<strong>confirmed</strong> by Rita &lt;b&gt;Reviewer&lt;/b&gt;");
    String audit = http.get("/audit?reviewer=" + URLEncoder.encode("Rita <b>Reviewer</b>", StandardCharsets.UTF_8)).body();
    assertThat(audit).contains("href=\"/documents/" + letter + "#item-ask-" + ask + "\"").contains("checked")
        .doesNotContain("<b>Reviewer");
  }

  @Test
  void the_api_corrects_an_item_and_the_analysis_shows_the_correction_and_the_trail() throws IOException {
    JsonNode before = json(http.get("/api/documents/" + letter + "/analysis"));
    JsonNode ask = before.at("/effective/asks/1");
    String id = ask.get("id").asText();
    HttpResponse<String> r = http.postJson("/api/documents/" + letter + "/reviews", """
        {"kind": "ask", "item": "%s", "decision": "corrected", "correction": {"action": "SUPPORT"}, "reviewer": "Api Tester"}
        """.replace("%s", id));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).get("correction").toString()).isEqualTo("{\"action\":\"SUPPORT\"}");
    assertThat(json(r).at("/evidence/quote").asText()).isEqualTo(ask.at("/evidence/quote").asText());

    JsonNode after = json(http.get("/api/documents/" + letter + "/analysis"));
    assertThat(after.at("/effective/asks/1/action").asText()).isEqualTo("SUPPORT");
    assertThat(after.get("items").findValuesAsText("state")).contains("CORRECTED");
    assertThat(json(http.get("/api/documents/" + letter + "/reviews")).findValuesAsText("reviewer")).contains("Api Tester");
    JsonNode audit = json(http.get("/api/audit?reviewer=Api%20Tester&decision=corrected"));
    assertThat(audit).hasSize(1);
    assertThat(audit.at("/0/item").asText()).isEqualTo(id);
  }

  @Test
  void a_bad_decision_is_a_400_with_one_line_and_an_unknown_document_a_404() throws IOException {
    String base = "/api/documents/" + letter + "/reviews";
    HttpResponse<String> noName = http.postJson(base, "{\"kind\": \"ask\", \"item\": \"A1\", \"decision\": \"confirmed\"}");
    HttpResponse<String> badField = http.postJson(base,
        "{\"kind\": \"ask\", \"item\": \"A1\", \"decision\": \"corrected\", \"correction\": {\"mood\": 1}, \"reviewer\": \"X\"}");
    HttpResponse<String> badKind = http.postJson(base, "{\"kind\": \"poem\", \"item\": \"A1\", \"decision\": \"confirmed\", \"reviewer\": \"X\"}");
    for (HttpResponse<String> r : List.of(noName, badField, badKind, http.postJson(base, "not json"))) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(json(r).get("error").asText()).doesNotContain("\n");
    }
    assertThat(json(badField).get("error").asText()).contains("mood");
    assertThat(http.get("/api/documents/d-0000000000/analysis").statusCode()).isEqualTo(404);
    assertThat(http.postJson("/api/documents/d-0000000000/reviews",
        "{\"kind\": \"ask\", \"item\": \"A1\", \"decision\": \"confirmed\", \"reviewer\": \"X\"}").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/audit?limit=0").statusCode()).isEqualTo(400);
    assertThat(http.get("/audit?since=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void the_world_map_colours_countries_with_documents_and_links_to_their_pages() throws IOException {
    HttpResponse<String> map = http.get("/countries");
    assertThat(map.statusCode()).isEqualTo(200);
    assertThat(map.body()).contains("<svg viewBox=\"0 0 960").contains("data-code=\"AZ\"").contains("href=\"/countries/AZ\"")
        .contains("Azerbaijan: 2 documents").doesNotContain("https://");
    JsonNode counts = json(http.get("/api/countries"));
    assertThat(counts.at("/0/code").asText()).isEqualTo("AZ");
    assertThat(counts.at("/0/count").asLong()).isEqualTo(2);
  }

  @Test
  void a_country_page_lists_its_documents_asks_and_a_chart_over_time() throws IOException {
    HttpResponse<String> page = http.get("/countries/az");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Azerbaijan <code>AZ</code></h1>").contains("href=\"/documents/" + letter + "\"")
        .contains("<rect").contains("2022: 1").contains("2023: 1").contains("Asks concerning Azerbaijan")
        .contains("#item-ask-");
    JsonNode api = json(http.get("/api/countries/AZ"));
    assertThat(api.get("documents").asLong()).isEqualTo(2);
    assertThat(api.get("asks")).isNotEmpty();
    assertThat(http.get("/countries/Azerbaijan").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/countries/123").statusCode()).isEqualTo(400);
  }

  @Test
  void search_filters_by_language() throws IOException {
    assertThat(json(http.get("/api/search?q=Baku&language=en")).get("total").asLong()).isEqualTo(2);
    assertThat(json(http.get("/api/search?q=Baku&language=ru")).get("total").asLong()).isZero();
    assertThat(http.get("/search?q=Baku").body()).contains("href=\"/search?q=Baku&amp;language=en\"");
  }

  @Test
  void an_ingest_job_runs_in_the_background_and_reports_each_result() throws Exception {
    HttpResponse<String> started = http.postFiles("/api/ingest/jobs",
        Map.of("ganja.txt", "Monitors in Ganja counted twelve closed polling stations on election day.\n"), "not-a-url", Map.of());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long id = json(started).get("id").asLong();
    assertThat(started.headers().firstValue("Location")).hasValue("/api/ingest/jobs/" + id);
    JsonNode job = json(started);
    for (int i = 0; i < 600 && !List.of("DONE", "FAILED").contains(job.get("state").asText()); i++) {
      Thread.sleep(100);
      job = json(http.get("/api/ingest/jobs/" + id));
    }
    assertThat(job.get("state").asText()).isEqualTo("DONE");
    assertThat(job.get("total").asInt()).isEqualTo(2);
    assertThat(job.get("results").findValuesAsText("outcome")).containsExactlyInAnyOrder("NEW", "FAILED");
    assertThat(job.get("results").findValuesAsText("input")).contains("ganja.txt");
    assertThat(http.get("/api/ingest/jobs/99999").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/ingest/jobs/x").statusCode()).isEqualTo(400);
  }
}
