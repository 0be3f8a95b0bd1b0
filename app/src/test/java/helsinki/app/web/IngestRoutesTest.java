package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest from the browser and the API, over real HTTP, into a fresh library each test. */
class IngestRoutesTest {

  private static final String NOTE = "Field report from Vessa\n\nThe district court in Vessa closed the hearing of three teachers to the press.\n";

  @TempDir Path dir;
  Library library;
  WebApp web;
  Http http;

  @BeforeEach
  void serve() {
    library = Library.open(LibraryLocation.resolve(dir.resolve("data"), null, null));
    web = WebApp.create(library, 4096).start("127.0.0.1", 0);
    http = Http.of(web.port());
  }

  @AfterEach
  void stop() {
    web.close();
    library.close();
  }

  @Test
  void an_uploaded_file_becomes_a_document_and_the_same_file_again_is_a_duplicate() throws IOException {
    JsonNode first = Json.mapper().readTree(http.postFiles("/api/ingest", Map.of("vessa.txt", NOTE), "", Map.of()).body());
    assertThat(first.at("/results/0/outcome").asText()).isEqualTo("NEW");
    String id = first.at("/results/0/documentId").asText();
    assertThat(http.get("/api/documents/" + id).body()).contains("Vessa");

    HttpResponse<String> again = http.postFiles("/ingest", Map.of("copy of vessa.txt", NOTE), "", Map.of());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("class=\"report duplicate\"").contains("href=\"/documents/" + id + "\"")
        .contains("copy of vessa.txt").doesNotContain("uploads");
  }

  @Test
  void a_republished_copy_is_a_near_duplicate_and_each_reader_page_links_the_other() throws IOException {
    String[] words = {"court", "hearing", "observer", "teacher", "district", "press", "appeal", "detention", "lawyer",
        "family", "visit", "report", "judge", "protest", "union", "charge", "release", "prison", "monitor", "minister"};
    java.util.Random random = new java.util.Random(11);
    StringBuilder text = new StringBuilder("Monitoring note from Vessa\n\n");
    for (int i = 0; i < 300; i++) {
      text.append(words[random.nextInt(words.length)]).append(i % 12 == 11 ? ".\n" : " ");
    }
    String original = text.toString();
    String copy = original.replace("Monitoring note from Vessa", "Republished: monitoring note from Vessa");
    JsonNode first = Json.mapper().readTree(http.postFiles("/api/ingest", Map.of("note.txt", original), "", Map.of()).body());
    JsonNode second = Json.mapper().readTree(http.postFiles("/api/ingest", Map.of("copy.txt", copy), "", Map.of()).body());
    assertThat(second.at("/results/0/outcome").asText()).isEqualTo("NEAR_DUPLICATE");
    String a = first.at("/results/0/documentId").asText();
    String b = second.at("/results/0/documentId").asText();
    assertThat(http.get("/documents/" + a).body()).contains("<h2>Near-duplicates</h2>").contains("href=\"/documents/" + b + "\"");
    assertThat(http.get("/documents/" + b).body()).contains("href=\"/documents/" + a + "\"").contains("% alike");
  }

  @Test
  void every_input_gets_a_line_and_a_bad_one_says_why() {
    HttpResponse<String> r = http.postFiles("/ingest", Map.of("vessa.txt", NOTE), "/etc/hostname\nhttp://127.0.0.1:1/gone", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("class=\"report new\"").contains("not an http(s) URL")
        .contains("http://127.0.0.1:1/gone").containsPattern("class=\"report failed\"(.|\\n)*class=\"report failed\"");
  }

  @Test
  void a_json_list_of_urls_is_ingested_and_a_bad_body_is_a_400() throws IOException {
    HttpResponse<String> r = http.postJson("/api/ingest", "{\"urls\": [\"http://127.0.0.1:1/gone\"]}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode result = Json.mapper().readTree(r.body()).at("/results/0");
    assertThat(result.get("outcome").asText()).isEqualTo("FAILED");
    assertThat(result.get("message").asText()).isNotBlank().doesNotContain("\n");
    assertThat(http.postJson("/api/ingest", "{not json").statusCode()).isEqualTo(400);
    assertThat(http.postJson("/api/ingest", "[1, 2]").statusCode()).isEqualTo(400);
  }

  @Test
  void an_empty_upload_is_a_400_and_stores_nothing() throws IOException {
    HttpResponse<String> page = http.postFiles("/ingest", Map.of(), "  \n", Map.of());
    HttpResponse<String> api = http.postFiles("/api/ingest", Map.of(), "", Map.of());
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("nothing to ingest");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(api.body()).get("error").asText()).startsWith("nothing to ingest");
    assertThat(library.stats().store().documents()).isZero();
  }

  @Test
  void an_upload_over_the_limit_is_a_413() throws IOException {
    HttpResponse<String> r = http.postFiles("/api/ingest", Map.of("big.txt", "x".repeat(5000)), "", Map.of());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(Json.mapper().readTree(r.body()).get("error").asText()).contains("4096");
    HttpResponse<String> chunked = http.postChunked("/api/ingest", "big.txt", "x".repeat(5000));
    assertThat(chunked.statusCode()).as("a body of unknown length").isEqualTo(413);
    assertThat(library.stats().store().documents()).isZero();
  }

  @Test
  void a_post_from_another_site_is_refused() {
    HttpResponse<String> r = http.postFiles("/ingest", Map.of("vessa.txt", NOTE), "", Map.of("Origin", "https://evil.example"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(library.stats().store().documents()).isZero();
  }

  @Test
  void the_ingest_page_offers_files_and_urls() {
    String page = http.get("/ingest").body();
    assertThat(page).contains("enctype=\"multipart/form-data\"").contains("type=\"file\"").contains("name=\"urls\"")
        .contains("<script src=\"/static/ingest.js\" defer></script>");
    assertThat(http.get("/static/ingest.js").body()).contains("Ingesting");
  }

  @Test
  void upload_names_lose_folders_and_odd_characters() {
    assertThat(Ingest.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Ingest.safeName("C:\\Users\\me\\Letter to UN.pdf")).isEqualTo("Letter_to_UN.pdf");
    assertThat(Ingest.safeName("..")).isEqualTo("upload");
  }
}
