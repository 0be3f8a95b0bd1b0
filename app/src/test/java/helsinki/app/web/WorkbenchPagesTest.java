package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.core.OutcomeStatus;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import helsinki.library.AskFilter;
import helsinki.library.AskView;
import helsinki.library.IngestListener;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actor, asks and engagement pages and their API routes over real HTTP, on two analysed documents (one CoreNLP load). */
class WorkbenchPagesTest {

  @TempDir static Path dir;
  static Library library;
  static WebApp web;
  static Http http;

  @BeforeAll
  static void serve() throws IOException {
    Path corpus = WorkbenchFixtures.write(dir.resolve("corpus"));
    Analyzer analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
    library = Library.open(LibraryLocation.resolve(dir.resolve("data"), null, null), analyzer);
    library.ingest(List.of(corpus.resolve("letter.html").toString()), IngestListener.NONE);
    library.ingest(List.of(corpus.resolve("dispatch.html").toString()), IngestListener.NONE);
    web = WebApp.create(library).start("127.0.0.1", 0);
    http = Http.of(web.port());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
    if (library != null) {
      library.close();
    }
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.mapper().readTree(r.body());
  }

  /** The id of the first actor the API finds for {@code q}. */
  static String actorId(String q) throws IOException {
    return json(http.get("/api/actors?q=" + q)).at("/0/id").asText();
  }

  static JsonNode meetAsk() throws IOException {
    JsonNode asks = json(http.get("/api/asks?status=NOT_MET"));
    assertThat(asks).hasSize(1);
    return asks.get(0);
  }

  @Test
  void actors_page_lists_the_actors_and_finds_one_by_alias() throws IOException {
    String varga = actorId("Varga");
    HttpResponse<String> all = http.get("/actors");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains("<a href=\"/actors/" + varga + "\">Aldous Varga</a>").contains("Petra Lind");
    String found = http.get("/actors?q=minister+varga").body();
    assertThat(found).contains("Aldous Varga").doesNotContain("Petra Lind").contains("value=\"minister varga\"");
  }

  @Test
  void actor_page_shows_roles_documents_asks_outcomes_and_a_timeline() throws IOException {
    String varga = actorId("Varga");
    JsonNode ask = meetAsk();
    HttpResponse<String> r = http.get("/actors/" + varga);
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("<h1>Aldous Varga</h1>").contains("Foreign Minister Aldous Varga")
        .contains("<td>Foreign Minister</td><td>2021-03-20</td><td>2021-03-20</td>")
        .contains("href=\"/documents/" + ask.get("document").asText() + "\">" + WorkbenchFixtures.LETTER_TITLE + "</a>")
        .contains("href=\"/asks/" + ask.get("document").asText() + "/" + ask.get("id").asText() + "\">meet with members of Moldova")
        .contains("status-not_met\">NOT_MET</span>").contains("status-open\">OPEN</span>")
        .contains("Varga didn&#39;t meet with any of Moldova&#39;s civil society leaders")
        .contains("href=\"/engagements/" + ask.get("engagement").asText() + "\"");
    // The timeline runs from the letter (March 2) to the dispatch (March 20).
    assertThat(page.indexOf("datetime=\"2021-03-02\"")).isPositive().isLessThan(page.indexOf("datetime=\"2021-03-20\""));
  }

  @Test
  void a_merged_actor_leads_to_the_actor_it_joined_and_an_unknown_one_is_not_found() throws Exception {
    String kept = actorId("independent+journalists");
    String merged = library.actors("journalists").stream().filter(a -> a.name().equals("journalists")).findFirst().orElseThrow().id();
    library.mergeActors(kept, merged, "web test");
    HttpResponse<String> r = http.get("/actors/" + merged);
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/actors/" + kept);
    assertThat(json(http.get("/api/actors/" + merged)).at("/actor/id").asText()).isEqualTo(kept);
    HttpResponse<String> missing = http.get("/actors/a-nobody");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("there is no actor a-nobody").contains("<html");
    assertThat(http.get("/api/actors/a-nobody").statusCode()).isEqualTo(404);
    assertThat(json(http.get("/api/actors/a-nobody")).get("error").asText()).isEqualTo("there is no actor a-nobody");
  }

  @Test
  void asks_tracker_shows_a_table_and_a_board_column_for_every_status() throws IOException {
    JsonNode ask = meetAsk();
    HttpResponse<String> r = http.get("/asks");
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    for (OutcomeStatus s : AskPages.BOARD) {
      assertThat(page).contains("<div class=\"column status-" + s.name().toLowerCase(java.util.Locale.ROOT) + "\"><h2>" + s.name() + " ");
    }
    assertThat(page).contains("<strong>2</strong> asks").contains("<td>Northwind Rights Council</td>")
        .contains("<a href=\"/engagements/" + ask.get("engagement").asText() + "\">");
    String notMet = page.substring(page.indexOf("column status-not_met"), page.indexOf("column status-accepted"));
    assertThat(notMet).contains("meet</strong> with members of Moldova").doesNotContain("raise");
  }

  @Test
  void asks_tracker_pages_through_a_long_listing_keeping_its_filters() throws IOException {
    meetAsk();
    String first = http.get("/asks?requester=Northwind&limit=1").body();
    assertThat(first).contains("<strong>1</strong> ask (1–1)").contains("rel=\"next\" href=\"/asks?offset=1&amp;requester=Northwind&amp;limit=1\"")
        .doesNotContain("rel=\"prev\"");
    String second = http.get("/asks?offset=1&requester=Northwind&limit=1").body();
    assertThat(second).contains("<strong>1</strong> ask (2–2)").contains("rel=\"prev\" href=\"/asks?offset=0&amp;requester=Northwind&amp;limit=1\"")
        .doesNotContain("rel=\"next\"");
    assertThat(http.get("/asks?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void asks_tracker_filters_by_target_requester_status_theme_occasion_and_date() throws IOException {
    String engagement = meetAsk().get("engagement").asText();
    assertThat(http.get("/asks?status=not_met").body()).contains("<strong>1</strong> ask ").contains("selected>NOT_MET");
    assertThat(http.get("/asks?theme=press").body()).contains("<strong>1</strong> ask ").contains("value=\"press\"");
    assertThat(http.get("/asks?target=Varga&requester=Northwind").body()).contains("<strong>2</strong> asks");
    assertThat(http.get("/asks?target=Lind").body()).contains("<strong>0</strong> asks");
    assertThat(http.get("/asks?occasion=" + engagement).body()).contains("<strong>2</strong> asks");
    assertThat(http.get("/asks?from=2021-03&to=2021-03").body()).contains("<strong>2</strong> asks");
    assertThat(http.get("/asks?from=2022").body()).contains("<strong>0</strong> asks");
    HttpResponse<String> bad = http.get("/asks?status=SOMEDAY");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("unknown status &#39;SOMEDAY&#39;");
    assertThat(http.get("/api/asks?from=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void api_asks_lists_each_ask_as_the_cli_json_listing_does_with_the_same_filters() throws IOException {
    JsonNode asks = json(http.get("/api/asks"));
    assertThat(asks).hasSize(2);
    for (JsonNode a : asks) {
      assertThat(a.fieldNames()).toIterable().contains("id", "requester", "target", "action", "object", "occasion", "strength",
          "themes", "evidence", "document", "status", "outcomes");
    }
    JsonNode ask = meetAsk();
    assertThat(ask.at("/outcomes/0/document").asText()).isNotEqualTo(ask.get("document").asText());
    assertThat(ask.at("/outcomes/0/answers/0").asText()).isEqualTo(ask.get("document").asText() + "#" + ask.get("id").asText());
    assertThat(json(http.get("/api/asks?theme=justice&status=OPEN"))).singleElement()
        .satisfies(a -> assertThat(a.get("action").asText()).isEqualTo("RAISE"));
  }

  @Test
  void api_asks_pages_with_limit_and_offset_and_names_the_next_page_in_a_link_header() throws IOException {
    JsonNode all = json(http.get("/api/asks"));
    HttpResponse<String> first = http.get("/api/asks?limit=1");
    assertThat(json(first)).singleElement().isEqualTo(all.get(0));
    assertThat(first.headers().firstValue("Link")).hasValue("</api/asks?offset=1&limit=1>; rel=\"next\"");
    HttpResponse<String> second = http.get("/api/asks?offset=1&limit=1");
    assertThat(json(second)).singleElement().isEqualTo(all.get(1));
    assertThat(second.headers().firstValue("Link")).isEmpty();
    assertThat(json(http.get("/api/asks?offset=2"))).isEmpty();
    for (String bad : List.of("limit=0", "limit=1001", "limit=ten", "offset=-1")) {
      HttpResponse<String> r = http.get("/api/asks?" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(r.body()).contains(bad.substring(0, bad.indexOf('=')) + " must be a whole number");
    }
  }

  @Test
  void each_ask_opens_its_evidence_chain_from_ask_to_occasion_to_outcome() throws IOException {
    JsonNode ask = meetAsk();
    String doc = ask.get("document").asText();
    String outcomeDoc = ask.at("/outcomes/0/document").asText();
    HttpResponse<String> r = http.get("/asks/" + doc + "/" + ask.get("id").asText());
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("We urge you to meet with members of Moldova&#39;s civil society")
        .contains("<a href=\"/documents/" + doc + "\">" + WorkbenchFixtures.LETTER_TITLE + "</a>")
        .contains("<dt>Target</dt><dd><a href=\"/actors/" + actorId("Varga") + "\">Varga</a>")
        .contains("Your upcoming visit to Moldova").contains("href=\"/engagements/" + ask.get("engagement").asText() + "\"")
        .contains("Outcome: <span class=\"status status-not_met\">NOT_MET</span>")
        .contains("Varga didn&#39;t meet with any of Moldova&#39;s civil society leaders")
        .contains("<a href=\"/documents/" + outcomeDoc + "\">").contains("<code>" + ask.at("/outcomes/0/rule").asText())
        .containsPattern("score 0\\.\\d\\d");
    JsonNode chain = json(http.get("/api/asks/" + doc + "/" + ask.get("id").asText()));
    assertThat(chain.at("/occasion/evidence/quote").asText()).isEqualTo("Your upcoming visit to Moldova");
    assertThat(chain.at("/outcomes/0/document/published").asText()).isEqualTo("2021-03-20");
    assertThat(http.get("/asks/" + doc + "/A99").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/asks/d-none/A1").statusCode()).isEqualTo(404);
  }

  @Test
  void engagement_pages_show_each_report_the_asks_before_and_the_outcomes_after() throws IOException {
    String id = meetAsk().get("engagement").asText();
    String list = http.get("/engagements").body();
    assertThat(list).contains("<a href=\"/engagements/" + id + "\">Aldous Varga: visit</a>").contains("<td>MD</td>");
    assertThat(http.get("/engagements?actor=Lind").body()).doesNotContain("/engagements/" + id);
    HttpResponse<String> r = http.get("/engagements/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("<a href=\"/actors/" + actorId("Varga") + "\">Aldous Varga</a>: visit · MD")
        .contains("<dd>2021-03-15</dd>").contains("Your upcoming visit to Moldova")
        .contains("Foreign Minister Aldous Varga traveled to Moldova on March 15, 2021");
    String asks = page.substring(page.indexOf("Asks made before it"), page.indexOf("Outcomes reported after it"));
    assertThat(asks).contains("meet with members of Moldova").contains("raise the case of the imprisoned editor");
    String outcomes = page.substring(page.indexOf("Outcomes reported after it"));
    assertThat(outcomes).contains("NOT_MET").contains("Varga didn&#39;t meet with any");
    JsonNode api = json(http.get("/api/engagements/" + id));
    assertThat(api.at("/engagement/members")).hasSize(2);
    assertThat(api.get("asks")).hasSize(2);
    assertThat(json(http.get("/api/engagements?actor=Varga"))).singleElement()
        .satisfies(g -> assertThat(g.get("id").asText()).isEqualTo(id));
    assertThat(http.get("/engagements/g-none").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/engagements/g-none").statusCode()).isEqualTo(404);
  }

  @Test
  void markup_in_a_document_title_shows_as_text_on_every_workbench_page() throws IOException {
    JsonNode ask = meetAsk();
    List<String> pages = List.of("/actors/" + actorId("Varga"), "/asks", "/asks/" + ask.get("document").asText() + "/"
        + ask.get("id").asText(), "/engagements/" + ask.get("engagement").asText());
    for (String path : pages) {
      assertThat(http.get(path).body()).as(path).doesNotContain("<script>").contains("Dispatch &lt;script&gt;alert(1)&lt;/script&gt;");
    }
    assertThat(http.get("/actors?q=%3Cscript%3E").body()).doesNotContain("<script>").contains("&lt;script&gt;");
  }
}
