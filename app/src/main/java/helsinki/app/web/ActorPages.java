package helsinki.app.web;

import helsinki.library.Library;
import helsinki.store.StoredActor;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The actor pages: {@code /actors} (a list with a search box) and {@code /actors/{id}}. */
final class ActorPages {

  private final Library library;
  private final Templates templates;

  ActorPages(Library library, Templates templates) {
    this.library = library;
    this.templates = templates;
  }

  void register(Javalin app) {
    app.get("/actors", this::list);
    app.get("/actors/{id}", this::actor);
  }

  private void list(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    List<StoredActor> actors = library.actors(q.isEmpty() ? null : q);
    Map<String, Object> model = model("Actors");
    model.put("q", q);
    model.put("actors", actors);
    ctx.html(templates.render("actors", model));
  }

  private void actor(Context ctx) {
    String id = ctx.pathParam("id");
    StoredActor actor = find(library, id);
    if (!actor.id().equals(id)) {
      // A merged actor's old address leads to the actor it joined.
      ctx.redirect("/actors/" + actor.id(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Map<String, Object> model = model(actor.name());
    model.put("d", ActorDetail.of(library, actor));
    ctx.html(templates.render("actor", model));
  }

  static StoredActor find(Library library, String id) {
    return library.actor(id).orElseThrow(() -> HttpError.notFound("there is no actor " + id));
  }

  static Map<String, Object> model(String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    return model;
  }
}
