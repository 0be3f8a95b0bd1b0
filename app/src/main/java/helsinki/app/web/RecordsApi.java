package helsinki.app.web;

import helsinki.core.Json;
import helsinki.library.EngagementFilter;
import helsinki.library.Library;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/** The API routes behind the actor, asks and engagement pages, each giving what its page shows. */
final class RecordsApi {

  private final Library library;

  RecordsApi(Library library) {
    this.library = library;
  }

  void register(Javalin app) {
    app.get("/api/actors", ctx -> json(ctx, library.actors(param(ctx, "q"))));
    app.get("/api/actors/{id}", ctx -> json(ctx, ActorDetail.of(library, ActorPages.find(library, ctx.pathParam("id")))));
    app.get("/api/asks", ctx -> json(ctx, AskPages.select(library, AskParams.of(ctx))));
    app.get("/api/asks/{document}/{ask}",
        ctx -> json(ctx, AskChain.of(library, AskPages.find(library, ctx.pathParam("document"), ctx.pathParam("ask")))));
    app.get("/api/engagements", ctx -> json(ctx, library.engagements(new EngagementFilter(param(ctx, "actor")))));
    app.get("/api/engagements/{id}",
        ctx -> json(ctx, EngagementDetail.of(library, EngagementPages.find(library, ctx.pathParam("id")))));
  }

  private static @org.jspecify.annotations.Nullable String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static void json(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.line(body));
  }
}
