package helsinki.app.web;

import helsinki.core.Json;
import helsinki.library.AskPage;
import helsinki.library.EngagementFilter;
import helsinki.library.Library;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/** The API routes behind the actor, asks and engagement pages, each giving what its page shows. */
final class RecordsApi {

  /** How many asks a page of /api/asks holds unless the request says; and at most. */
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  /** Paging skips the asks before the page one by one, so very deep offsets are refused rather than slow. */
  static final int MAX_OFFSET = 100_000;

  private final Library library;

  RecordsApi(Library library) {
    this.library = library;
  }

  void register(Javalin app) {
    app.get("/api/actors", ctx -> json(ctx, library.actors(QueryValues.param(ctx, "q"))));
    app.get("/api/actors/{id}", ctx -> json(ctx, ActorDetail.of(library, ActorPages.find(library, ctx.pathParam("id")))));
    app.get("/api/asks", this::asks);
    app.get("/api/asks/{document}/{ask}",
        ctx -> json(ctx, AskChain.of(library, AskPages.find(library, ctx.pathParam("document"), ctx.pathParam("ask")))));
    app.get("/api/engagements", ctx -> json(ctx, library.engagements(new EngagementFilter(QueryValues.param(ctx, "actor")))));
    app.get("/api/engagements/{id}",
        ctx -> json(ctx, EngagementDetail.of(library, EngagementPages.find(library, ctx.pathParam("id")))));
  }

  /**
   * One page of asks: {@code limit} (default 100, at most 1,000) from {@code offset} (default 0); when
   * more follow, a {@code Link} header names the next page, as paged web APIs do.
   */
  private void asks(Context ctx) {
    AskParams params = AskParams.of(ctx);
    int limit = QueryValues.number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = QueryValues.number(ctx, "offset", 0, 0, MAX_OFFSET);
    DocRefs docs = new DocRefs(library);
    AskPage page = library.asks(params.filter(), params.keeper(docs::published), offset, limit);
    if (page.more()) {
      ctx.header("Link", "<" + QueryValues.withOffset(ctx, offset + limit) + ">; rel=\"next\"");
    }
    json(ctx, page.asks());
  }





  private static void json(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.line(body));
  }
}
