package helsinki.app.web;

import helsinki.library.EngagementFilter;
import helsinki.library.EngagementView;
import helsinki.library.Library;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;

/** The engagement pages: {@code /engagements} and {@code /engagements/{id}}. */
final class EngagementPages {

  private final Library library;
  private final Templates templates;

  EngagementPages(Library library, Templates templates) {
    this.library = library;
    this.templates = templates;
  }

  void register(Javalin app) {
    app.get("/engagements", this::list);
    app.get("/engagements/{id}", this::engagement);
  }

  private void list(Context ctx) {
    String actor = ctx.queryParam("actor") == null ? "" : ctx.queryParam("actor").strip();
    Map<String, Object> model = ActorPages.model("Engagements");
    model.put("actor", actor);
    model.put("engagements", library.engagements(new EngagementFilter(actor.isEmpty() ? null : actor)).stream()
        .map(g -> EngagementDetail.of(library, g)).toList());
    ctx.html(templates.render("engagements", model));
  }

  private void engagement(Context ctx) {
    EngagementView g = find(library, ctx.pathParam("id"));
    EngagementDetail d = EngagementDetail.of(library, g);
    String name = d.actorName() == null ? "Engagement" : d.actorName();
    Map<String, Object> model = ActorPages.model(name + " – " + g.types().get(0).name().toLowerCase(java.util.Locale.ROOT));
    model.put("d", d);
    ctx.html(templates.render("engagement", model));
  }

  static EngagementView find(Library library, String id) {
    return library.engagements(EngagementFilter.all()).stream().filter(g -> g.id().equals(id)).findFirst()
        .orElseThrow(() -> HttpError.notFound("there is no engagement " + id));
  }
}
