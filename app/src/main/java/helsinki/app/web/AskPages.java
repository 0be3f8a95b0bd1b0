package helsinki.app.web;

import helsinki.core.OutcomeStatus;
import helsinki.library.AskPage;
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


  /**
   * A page of the tracker: {@code limit} asks (default 200) from {@code offset}, read as {@code /api/asks}
   * reads them, so a library of 100,000 documents does not build every ask for one page.
   */
  private void tracker(Context ctx) {
    AskParams params = AskParams.of(ctx);
    int limit = QueryValues.number(ctx, "limit", PAGE, 1, RecordsApi.MAX_LIMIT);
    int offset = QueryValues.number(ctx, "offset", 0, 0, RecordsApi.MAX_OFFSET);
    DocRefs docs = new DocRefs(library);
    AskPage page = library.asks(params.filter(), params.keeper(docs::published), offset, limit);
    List<AskView> asks = page.asks();
    Map<String, Object> model = ActorPages.model("Asks");
    model.put("form", params.form());
    model.put("paging", new Paging(offset + 1, offset + asks.size(), offset > 0 ? QueryValues.withOffset(ctx, Math.max(0, offset - limit)) : null,
        page.more() ? QueryValues.withOffset(ctx, offset + limit) : null));
    model.put("statuses", BOARD);
    model.put("asks", asks.stream().map(a -> new Row(a, docs.of(a.document()),
        a.outcomes().isEmpty() ? null : docs.of(a.outcomes().get(a.outcomes().size() - 1).document()))).toList());
    model.put("board", BOARD.stream().map(s -> new Column(s, asks.stream().filter(a -> a.status() == s).toList())).toList());
    ctx.html(templates.render("asks", model));
  }

  /** Asks shown on one tracker page. */
  static final int PAGE = 200;

  /** Which asks a page shows (first and last, counted from 1) and the links to the pages before and after it. */
  record Paging(int first, int last, @Nullable String previous, @Nullable String next) {}


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
