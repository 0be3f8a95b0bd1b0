package helsinki.app.web;

import helsinki.core.OutcomeStatus;
import helsinki.library.AskView;
import helsinki.library.Library;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The asks tracker {@code /asks} (a table and a board by status) and each ask's evidence chain. */
final class AskPages {

  /** The board's columns, in the order a reader follows an ask. */
  static final List<OutcomeStatus> BOARD = List.of(OutcomeStatus.OPEN, OutcomeStatus.MET, OutcomeStatus.PARTIALLY_MET,
      OutcomeStatus.NOT_MET, OutcomeStatus.ACCEPTED, OutcomeStatus.REJECTED);

  private final Library library;
  private final Templates templates;

  AskPages(Library library, Templates templates) {
    this.library = library;
    this.templates = templates;
  }

  /** A board column: a status and its asks. */
  record Column(OutcomeStatus status, List<AskView> asks) {}

  void register(Javalin app) {
    app.get("/asks", this::tracker);
    app.get("/asks/{document}/{ask}", this::chain);
  }

  /** The asks {@code params} select, each document's date read once. */
  static List<AskView> select(Library library, AskParams params) {
    DocRefs docs = new DocRefs(library);
    return params.apply(library.asks(params.filter()), docs::published);
  }

  private void tracker(Context ctx) {
    AskParams params = AskParams.of(ctx);
    List<AskView> asks = select(library, params);
    DocRefs docs = new DocRefs(library);
    Map<String, Object> model = ActorPages.model("Asks");
    model.put("form", params.form());
    model.put("statuses", BOARD);
    model.put("asks", asks.stream().map(a -> new Row(a, docs.of(a.document()),
        a.outcomes().isEmpty() ? null : docs.of(a.outcomes().get(a.outcomes().size() - 1).document()))).toList());
    model.put("board", BOARD.stream().map(s -> new Column(s, asks.stream().filter(a -> a.status() == s).toList())).toList());
    ctx.html(templates.render("asks", model));
  }

  /** A table row: the ask, its document, and the document of the outcome that decides its status (null while open). */
  record Row(AskView ask, DocRefs.DocRef document, DocRefs.@Nullable DocRef decidedBy) {}

  private void chain(Context ctx) {
    AskView ask = find(library, ctx.pathParam("document"), ctx.pathParam("ask"));
    Map<String, Object> model = ActorPages.model("Ask " + ask.ask().id() + " – evidence chain");
    model.put("c", AskChain.of(library, ask));
    ctx.html(templates.render("ask", model));
  }

  static AskView find(Library library, String document, String id) {
    return library.ask(document, id)
        .orElseThrow(() -> HttpError.notFound("there is no ask " + id + " in document " + document));
  }
}
