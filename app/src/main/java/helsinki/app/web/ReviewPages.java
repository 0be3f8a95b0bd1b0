package helsinki.app.web;

import helsinki.library.Decision;
import helsinki.library.Library;
import helsinki.library.Review;
import helsinki.store.ReviewFilter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review form's target on the reader, and the audit trail page. */
final class ReviewPages {

  private final Library library;
  private final Templates templates;

  ReviewPages(Library library, Templates templates) {
    this.library = library;
    this.templates = templates;
  }

  void register(Javalin app) {
    app.post("/documents/{id}/reviews", this::review);
    app.get("/audit", this::audit);
  }

  private void review(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    if (library.analysis(id).isEmpty()) {
      throw HttpError.notFound("there is no document " + id);
    }
    Decision d = ReviewParams.decision(ctx.formParam("kind"), ctx.formParam("item"), ctx.formParam("decision"),
        ctx.formParam("correction"), ctx.formParam("reviewer"), ctx.formParam("note"));
    Review saved = library.review(id, d);
    // Post/redirect/get: reloading the reader does not send the decision again.
    ctx.redirect("/documents/" + id + "#item-" + d.kind().name().toLowerCase(Locale.ROOT) + "-" + saved.itemId(),
        HttpStatus.SEE_OTHER);
  }

  private void audit(Context ctx) {
    ReviewFilter filter = filter(ctx);
    List<AuditRow> audit = library.audit(filter).stream()
        .map(r -> new AuditRow(r.record().documentId(), ReaderView.ReviewRow.of(r))).toList();
    Map<String, Object> model = Pages.model("Audit trail");
    model.put("rows", audit);
    model.put("count", audit.size());
    model.put("filter", filter);
    ctx.html(templates.render("audit", model));
  }

  /** One line of the audit page: the decision and the document it is on. */
  record AuditRow(String documentId, ReaderView.ReviewRow review) {}

  static ReviewFilter filter(Context ctx) {
    return ReviewParams.filter(ctx.queryParam("document"), ctx.queryParam("reviewer"), ctx.queryParam("kind"),
        ctx.queryParam("decision"), ctx.queryParam("since"), ctx.queryParam("limit"));
  }
}
