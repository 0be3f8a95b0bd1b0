package helsinki.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Analysis;
import helsinki.core.Json;
import helsinki.core.ReviewState;
import helsinki.library.Library;
import helsinki.library.Review;
import helsinki.library.ReviewedAnalysis;
import helsinki.store.ReviewRecord;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The API of the workbench: analyses with their reviews, decisions and the audit trail, countries, ingest jobs. */
final class WorkbenchApi {

  private final Library library;
  private final Ingest ingest;
  private final IngestJobs jobs;

  WorkbenchApi(Library library, Ingest ingest, IngestJobs jobs) {
    this.library = library;
    this.ingest = ingest;
    this.jobs = jobs;
  }

  /** A decision as the API gives it. */
  record ReviewBody(long id, String document, String kind, @Nullable String item, @Nullable String label, String decision,
      @Nullable JsonNode correction, String reviewer, @Nullable String note, Instant decidedAt, Evidence evidence) {

    /** The evidence the decision is keyed on. */
    record Evidence(int start, int end, String quote) {}

    static ReviewBody of(Review r) {
      ReviewRecord x = r.record();
      return new ReviewBody(x.id(), x.documentId(), x.item().kind().name(), r.itemId(), x.label(), x.decision().name(),
          x.correction() == null ? null : Json.read(x.correction(), JsonNode.class), x.reviewer(), x.note(), x.decidedAt(),
          new Evidence(x.item().start(), x.item().end(), x.item().quote()));
    }
  }

  /** An item's review state. */
  record ItemBody(String kind, String id, String state) {}

  /** A document's analysis as people decided it, each item's state, and every decision. */
  record AnalysisBody(Analysis effective, List<ItemBody> items, List<ReviewBody> reviews) {}

  void register(Javalin app) {
    app.get("/api/documents/{id}/analysis", this::analysis);
    app.get("/api/documents/{id}/reviews", ctx -> json(ctx, reviewed(ctx).reviews().stream().map(ReviewBody::of).toList()));
    app.post("/api/documents/{id}/reviews", this::review);
    app.get("/api/audit", ctx -> json(ctx, library.audit(ReviewPages.filter(ctx)).stream().map(ReviewBody::of).toList()));
    app.get("/api/countries", ctx -> json(ctx, CountryPages.counts(library)));
    app.get("/api/countries/{code}", ctx -> json(ctx, library.country(ctx.pathParam("code"))));
    app.post("/api/ingest/jobs", this::startJob);
    app.get("/api/ingest/jobs/{id}", this::job);
  }

  private ReviewedAnalysis reviewed(Context ctx) {
    String id = ctx.pathParam("id");
    return library.reviewed(id).orElseThrow(() -> HttpError.notFound("there is no document " + id));
  }

  private void analysis(Context ctx) {
    ReviewedAnalysis r = reviewed(ctx);
    List<ItemBody> items = r.items().stream()
        .map(s -> new ItemBody(s.item().kind().name(), s.item().id(), s.state().name())).toList();
    json(ctx, new AnalysisBody(r.effective(), items, r.reviews().stream().map(ReviewBody::of).toList()));
  }

  private void review(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    if (library.analysis(id).isEmpty()) {
      throw HttpError.notFound("there is no document " + id);
    }
    JsonNode body = body(ctx);
    JsonNode correction = body.get("correction");
    String fix = correction == null || correction.isNull() ? null : correction.isTextual() ? correction.asText() : correction.toString();
    var decision = ReviewParams.decision(text(body, "kind"), text(body, "item"), text(body, "decision"), fix,
        text(body, "reviewer"), text(body, "note"));
    if (decision.state() == ReviewState.CORRECTED && fix == null) {
      throw HttpError.badRequest("a correction needs \"correction\": the fields to change, like {\"action\": \"MEET\"}");
    }
    Review saved = library.review(id, decision);
    ctx.status(HttpStatus.CREATED);
    json(ctx, ReviewBody.of(saved));
  }

  private void startJob(Context ctx) {
    ingest.checkSize(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    Ingest.Batch batch;
    if (type.startsWith("multipart/form-data")) {
      String urls = ctx.formParam("urls");
      batch = ingest.prepare(ctx.uploadedFiles("files"), urls == null ? List.of() : Arrays.asList(urls.split("\\R")));
    } else if (type.startsWith("application/json")) {
      batch = ingest.prepare(List.of(), Api.urls(ctx.body()));
    } else {
      throw new HttpError(415, "send multipart/form-data (files, urls) or a JSON list of URLs, not '" + type + "'");
    }
    IngestJobs.Status status = jobs.start(batch);
    ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/ingest/jobs/" + status.id());
    json(ctx, status);
  }

  private void job(Context ctx) {
    String id = ctx.pathParam("id");
    long n;
    try {
      n = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("a job id is a number, not '" + id + "'");
    }
    json(ctx, jobs.status(n).orElseThrow(() -> HttpError.notFound("there is no ingest job " + id + " (only the last "
        + IngestJobs.KEPT + " are kept)")));
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node = Json.mapper().readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw HttpError.badRequest("send a JSON object: {\"kind\", \"item\", \"decision\", \"reviewer\", \"correction\", \"note\"}");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void json(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.line(body));
  }
}
