package helsinki.app.web;

import helsinki.core.Json;
import helsinki.core.Span;
import helsinki.library.ReviewedAnalysis;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import helsinki.library.DocumentView;
import helsinki.library.ItemReport;
import helsinki.library.Library;
import helsinki.store.SearchResults;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The HTML pages, and the search page's CSV and JSON exports. */
final class Pages {

  private static final Pattern PARAGRAPH_GAP = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private final Library library;
  private final Templates templates;
  private final Ingest ingest;

  Pages(Library library, Templates templates, Ingest ingest) {
    this.library = library;
    this.templates = templates;
    this.ingest = ingest;
  }

  void register(Javalin app) {
    app.get("/", ctx -> ctx.redirect("/search"));
    app.get("/search", this::search);
    app.get("/search.csv", this::searchCsv);
    app.get("/search.json", this::searchJson);
    app.get("/documents/{id}", this::document);
    app.get("/ingest", ctx -> ctx.html(templates.render("ingest", model("Ingest"))));
    app.post("/ingest", this::ingest);
  }

  private void search(Context ctx) {
    SearchParams params = SearchParams.of(ctx);
    SearchResults results = library.search(params.query());
    Map<String, Object> model = model(params.q().isEmpty() ? "Search" : params.q() + " – Search");
    model.put("view", SearchView.of(params, results));
    ctx.html(templates.render("search", model));
  }

  private void searchCsv(Context ctx) {
    SearchParams params = SearchParams.of(ctx);
    SearchResults results = library.search(params.query());
    ctx.header("Content-Disposition", "attachment; filename=\"helsinki-search.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(Csv.of(SearchView.pageOf(params, results)));
  }

  private void searchJson(Context ctx) {
    SearchParams params = SearchParams.of(ctx);
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.line(Api.searchBody(params, library.search(params.query()))));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    DocumentView view = library.show(id).orElseThrow(() -> HttpError.notFound("there is no document " + id));
    Map<String, Object> model = model(view.stored().document().title() == null ? id : view.stored().document().title());
    model.put("doc", view.stored().document());
    model.put("view", view);
    model.put("sources", view.sources().stream().map(s -> new Source(s.source(), isWeb(s.source()))).toList());
    String text = view.stored().document().text();
    ReviewedAnalysis reviewed = library.reviewed(id).orElseThrow(() -> HttpError.notFound("there is no document " + id));
    model.put("reader", ReaderView.of(reviewed, paragraphSpans(text, view.stored().document().title())));
    model.put("states", List.of("confirmed", "corrected", "rejected"));
    ctx.html(templates.render("document", model));
  }

  private void ingest(Context ctx) {
    ingest.checkSize(ctx);
    String urls = ctx.formParam("urls");
    List<ItemReport> reports = ingest.run(ctx.uploadedFiles("files"),
        urls == null ? List.of() : Arrays.asList(urls.split("\\R")));
    Map<String, Object> model = model("Ingest");
    model.put("reports", reports);
    ctx.html(templates.render("ingest", model));
  }

  /** A source as the reader lists it: web addresses become links, paths do not. */
  record Source(String source, boolean web) {}

  private static boolean isWeb(String source) {
    String s = source.toLowerCase(java.util.Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /**
   * The text's paragraphs (ingest separates them with blank lines), less a first one that only
   * repeats the title the page already shows as its heading.
   */
  static List<String> paragraphs(String text, @Nullable String title) {
    List<String> paragraphs =
        Arrays.stream(text.split("\\n[ \\t]*\\n\\s*")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    boolean repeatsTitle = title != null && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title.strip());
    return repeatsTitle ? paragraphs.subList(1, paragraphs.size()) : paragraphs;
  }

  /** Where each of {@link #paragraphs}'s paragraphs lies in the text, so that extractions can be marked in it. */
  static List<Span> paragraphSpans(String text, @Nullable String title) {
    List<Span> spans = new ArrayList<>();
    Matcher gap = PARAGRAPH_GAP.matcher(text);
    int at = 0;
    while (at <= text.length()) {
      int end = gap.find() ? gap.start() : text.length();
      int s = at;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        spans.add(new Span(s, e));
      }
      if (end == text.length()) {
        break;
      }
      at = gap.end();
    }
    boolean repeatsTitle = title != null && !spans.isEmpty()
        && text.substring(spans.get(0).start(), spans.get(0).end()).equalsIgnoreCase(title.strip());
    return repeatsTitle ? spans.subList(1, spans.size()) : spans;
  }

  static Map<String, Object> model(String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    return model;
  }
}
