package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.library.IngestListener;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page over real HTTP, on a library of fixture documents served on the loopback address. */
class WebAppTest {

  @TempDir static Path dir;
  static Library library;
  static WebApp web;
  static Http http;

  @BeforeAll
  static void serve() throws IOException {
    library = Library.open(LibraryLocation.resolve(dir.resolve("data"), null, null));
    library.ingest(List.of(Fixtures.write(dir.resolve("corpus")).toString()), IngestListener.NONE);
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
  void home_page_leads_to_search() {
    HttpResponse<String> r = http.get("/");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/search");
  }

  @Test
  void search_page_lists_hits_with_marked_words_and_links_to_the_reader() throws IOException {
    String id = json(http.get("/api/search?q=lawyers")).at("/hits/0/id").asText();
    HttpResponse<String> r = http.get("/search?q=lawyers");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("<mark>lawyers</mark>").contains("href=\"/documents/" + id + "\"")
        .contains(Fixtures.LETTER_TITLE).contains("1</strong> document found");
  }

  @Test
  void markup_in_document_text_is_shown_as_text_on_every_page() throws IOException {
    String id = json(http.get("/api/search?q=hostile")).at("/hits/0/id").asText();
    String search = http.get("/search?q=alert").body();
    String reader = http.get("/documents/" + id).body();
    for (String page : List.of(search, reader)) {
      assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;");
    }
    assertThat(reader).contains("<p>Someone pasted &lt;script&gt;alert(1)&lt;/script&gt; into");
  }

  @Test
  void reader_shows_metadata_sources_and_the_text_as_paragraphs() throws IOException {
    String id = json(http.get("/api/search?q=lawyers")).at("/hits/0/id").asText();
    JsonNode doc = json(http.get("/api/documents/" + id)).get("stored").get("document");
    HttpResponse<String> r = http.get("/documents/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<h1>" + Fixtures.LETTER_TITLE + "</h1>")
        .contains(doc.get("publisher").asText()).contains(doc.get("published").asText())
        .contains("letter.html</code>").contains("<p>We ask you to release the detained lawyers")
        .as("the title is the heading, not also the first paragraph").doesNotContain("<p>" + Fixtures.LETTER_TITLE + "</p>");
    for (JsonNode author : doc.get("authors")) {
      assertThat(r.body()).contains(author.get("name").asText());
    }
  }

  @Test
  void facet_links_filter_the_results_and_keep_the_words() throws IOException {
    String page = http.get("/search?q=*").body();
    assertThat(page).contains("<h2>Publisher</h2>").contains("<h2>Kind</h2>").contains("<h2>Year</h2>");
    for (JsonNode facet : json(http.get("/api/search?q=*")).get("facets")) {
      String dim = facet.get("dimension").asText();
      if (List.of("publisher", "kind", "year").contains(dim)) {
        JsonNode top = facet.get("counts").get(0);
        String label = top.get("label").asText();
        String query = "q=*&" + dim + "=" + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/search?" + query.replace("&", "&amp;") + "\"");
        assertThat(json(http.get("/api/search?" + query)).get("total").asLong()).as(dim).isEqualTo(top.get("count").asLong());
      }
    }
    String filtered = http.get("/search?q=*&year=2019").body();
    assertThat(filtered).contains("aria-current=\"true\"").contains("1</strong> document found");
  }

  @Test
  void results_come_in_pages_of_ten() throws IOException {
    JsonNode first = json(http.get("/api/search?q=water"));
    JsonNode second = json(http.get("/api/search?q=water&page=2"));
    assertThat(first.get("total").asLong()).isEqualTo(Fixtures.NOTES);
    assertThat(first.get("hits")).hasSize(10);
    assertThat(second.get("hits")).hasSize(Fixtures.NOTES - 10);
    assertThat(second.at("/hits/0/id").asText()).isNotEqualTo(first.at("/hits/0/id").asText());
    assertThat(http.get("/search?q=water").body()).contains("href=\"/search?q=water&amp;page=2\"");
    assertThat(http.get("/api/search?q=water&page=0").statusCode()).isEqualTo(400);
  }

  @Test
  void a_date_range_keeps_only_documents_published_inside_it() throws IOException {
    long all = json(http.get("/api/search?q=*")).get("total").asLong();
    JsonNode in = json(http.get("/api/search?q=*&from=2019-05&to=2019-05-31"));
    JsonNode out = json(http.get("/api/search?q=*&from=2020"));
    assertThat(in.get("total").asLong()).isEqualTo(1);
    assertThat(in.at("/hits/0/title").asText()).isEqualTo(Fixtures.LETTER_TITLE);
    assertThat(out.get("total").asLong()).isZero();
    assertThat(all).isEqualTo(Fixtures.NOTES + 2);
    assertThat(http.get("/search?from=2019-05&to=2019-05-31").body()).contains("value=\"2019-05\"");
  }

  @Test
  void a_bad_date_is_a_400_with_a_one_line_reason() throws IOException {
    HttpResponse<String> page = http.get("/search?q=water&from=yesterday");
    HttpResponse<String> api = http.get("/api/search?q=water&from=yesterday");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("yesterday").contains("role=\"alert\"");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(json(api).get("error").asText()).contains("yesterday").doesNotContain("\n");
    assertThat(http.get("/api/search?from=2020&to=2019").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/search?kind=POEM").statusCode()).isEqualTo(400);
  }

  @Test
  void an_unknown_document_is_a_404_page_and_a_404_json_error() throws IOException {
    HttpResponse<String> page = http.get("/documents/d-0000000000");
    HttpResponse<String> api = http.get("/api/documents/d-0000000000");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Not found").contains("there is no document d-0000000000");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(json(api).get("error").asText()).isEqualTo("there is no document d-0000000000");
    assertThat(http.get("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void results_export_as_csv_and_json() throws IOException {
    HttpResponse<String> csv = http.get("/search.csv?q=lawyers");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("id,title,publisher,kind,published,source,score,snippet\r\n")
        .contains("\"" + Fixtures.LETTER_TITLE + "\"").contains("\"2019-05-14\"");
    assertThat(csv.body().split("\r\n")).hasSize(2);
    assertThat(http.get("/api/search?q=lawyers&format=csv").body()).isEqualTo(csv.body());
    JsonNode json = json(http.get("/search.json?q=lawyers"));
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(json.at("/hits/0/snippet/highlights/0").isArray()).isTrue();
    assertThat(http.get("/api/search?q=x&format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void csv_cells_that_a_spreadsheet_would_run_are_defused() {
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.cell("plain")).isEqualTo("\"plain\"");
  }

  @Test
  void stats_count_the_library() throws IOException {
    JsonNode stats = json(http.get("/api/stats"));
    assertThat(stats.at("/store/documents").asLong()).isEqualTo(Fixtures.NOTES + 2);
    assertThat(stats.get("indexedDocuments").asLong()).isEqualTo(Fixtures.NOTES + 2);
  }

  @Test
  void a_request_addressed_to_another_name_is_refused_by_a_loopback_server() throws Exception {
    // java.net.http will not set Host, so speak HTTP/1.1 by hand, as a rebinding page's browser would.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", web.port())) {
      socket.getOutputStream().write(("GET /api/stats HTTP/1.1\r\nHost: evil.example:" + web.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 403").contains("evil.example").doesNotContain("indexedDocuments");
    }
    assertThat(WebApp.isLoopback("[::1]")).isTrue();
    assertThat(WebApp.isLoopback("localhost")).isTrue();
    assertThat(WebApp.isLoopback("192.168.1.5")).isFalse();
  }

  @Test
  void the_stylesheet_is_served_by_the_app_itself() {
    HttpResponse<String> css = http.get("/static/style.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains("mark {");
    assertThat(http.get("/search").body()).doesNotContain("https://").contains("/static/style.css");
  }

  @Test
  void openapi_describes_every_api_route_and_nothing_else() throws IOException {
    JsonNode spec = json(http.get("/api/openapi.json"));
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    List<String> apiRoutes = web.routes().stream().filter(r -> r.split(" ")[1].startsWith("/api/")).toList();
    assertThat(apiRoutes).hasSizeGreaterThanOrEqualTo(5);
    List<String> described = new java.util.ArrayList<>();
    spec.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    assertThat(described).containsExactlyInAnyOrderElementsOf(apiRoutes);
  }
}
