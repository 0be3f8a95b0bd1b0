package helsinki.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.library.ItemReport;
import helsinki.library.Library;
import helsinki.store.Facet;
import helsinki.store.SearchHit;
import helsinki.store.SearchResults;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The JSON API under {@code /api}, described by {@code /api/openapi.json}. */
final class Api {

  private final Library library;
  private final Ingest ingest;

  Api(Library library, Ingest ingest) {
    this.library = library;
    this.ingest = ingest;
  }

  /** One page of search results as the API and the search page's JSON export give them. */
  record SearchBody(String query, int page, int pageSize, long total, List<SearchHit> hits, List<Facet> facets) {}

  /** What became of the inputs of one ingest request. */
  record IngestBody(List<ItemReport> results) {}

  void register(Javalin app) {
    app.get("/api/search", this::search);
    app.get("/api/documents/{id}", this::document);
    app.get("/api/stats", ctx -> json(ctx, library.stats()));
    app.post("/api/ingest", this::ingest);
    app.get("/api/openapi.json", Api::openApi);
  }

  static SearchBody searchBody(SearchParams params, SearchResults results) {
    return new SearchBody(params.q(), params.page(), SearchParams.PAGE_SIZE, results.total(),
        SearchView.pageOf(params, results), results.facets());
  }

  private void search(Context ctx) {
    SearchParams params = SearchParams.of(ctx);
    SearchResults results = library.search(params.query());
    String format = ctx.queryParam("format");
    if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
      json(ctx, searchBody(params, results));
    } else if ("csv".equalsIgnoreCase(format)) {
      ctx.contentType("text/csv; charset=utf-8").result(Csv.of(SearchView.pageOf(params, results)));
    } else {
      throw HttpError.badRequest("unknown format '" + format + "'; use json or csv");
    }
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    json(ctx, library.show(id).orElseThrow(() -> HttpError.notFound("there is no document " + id)));
  }

  private void ingest(Context ctx) {
    ingest.checkSize(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      String urls = ctx.formParam("urls");
      json(ctx, new IngestBody(ingest.run(ctx.uploadedFiles("files"),
          urls == null ? List.of() : List.of(urls.split("\\R")))));
    } else if (type.startsWith("application/json")) {
      json(ctx, new IngestBody(ingest.run(List.of(), urls(ctx.body()))));
    } else {
      throw new HttpError(415, "send multipart/form-data (files, urls) or a JSON list of URLs, not '" + type + "'");
    }
  }

  /** A JSON list of URLs, or an object whose {@code urls} is one. */
  static List<String> urls(String body) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
    JsonNode list = node != null && node.isObject() ? node.get("urls") : node;
    if (list == null || !list.isArray()) {
      throw HttpError.badRequest("expected a JSON list of URLs, or {\"urls\": [...]}");
    }
    List<String> urls = new ArrayList<>();
    for (JsonNode u : list) {
      if (!u.isTextual()) {
        throw HttpError.badRequest("every URL must be a string, not " + u);
      }
      urls.add(u.asText());
    }
    return urls;
  }

  private static void openApi(Context ctx) {
    try (InputStream in = Api.class.getResourceAsStream("/helsinki/app/web/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing from the program");
      }
      ctx.contentType(ContentType.APPLICATION_JSON).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document", e);
    }
  }

  private static void json(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.line(body));
  }
}
