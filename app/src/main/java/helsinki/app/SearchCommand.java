package helsinki.app;

import helsinki.core.DocumentKind;
import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.library.Dates;
import helsinki.library.Library;
import helsinki.store.Facet;
import helsinki.store.LabelCount;
import helsinki.store.SearchHit;
import helsinki.store.SearchQuery;
import helsinki.store.SearchResults;
import java.util.Locale;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki search}: ranked hits with highlighted passages and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the library (BM25 over title, text, captions, publisher and authors).",
        "QUERY uses Lucene syntax: words (all must match), \"a phrase\", OR, -word, title:word; * matches everything."})
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to search for (blank: everything).")
  List<String> words = List.of();

  @Option(names = "--country", paramLabel = "CC", description = "Only documents about this country (ISO 3166-1 alpha-2; countries are filled by the analysis stage, not yet by ingest).")
  @Nullable String country;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
  @Nullable DocumentKind kind;

  @Option(names = "--publisher", paramLabel = "NAME", description = "Only this publisher (exact name, any case).")
  @Nullable String publisher;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (2017, 2017-04 or 2017-04-07).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (2017, 2017-04 or 2017-04-07).")
  @Nullable String to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the results as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    SearchQuery query = query();
    PrintWriter out = spec.commandLine().getOut();
    try (Library lib = Library.openExisting(library.location())) {
      SearchResults results = lib.search(query);
      if (json) {
        out.println(Json.line(results));
      } else {
        print(out, query, results, System.console() != null);
      }
      return 0;
    }
  }

  private SearchQuery query() {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    try {
      LocalDate start = from == null ? null : Dates.start("--from", from);
      LocalDate end = to == null ? null : Dates.end("--to", to);
      if (start != null && end != null && start.isAfter(end)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
      }
      return new SearchQuery(String.join(" ", words), country, kind, publisher, start, end, limit);
    } catch (InputException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static void print(PrintWriter out, SearchQuery query, SearchResults results, boolean terminal) {
    String what = query.text().isBlank() ? "" : " for \"" + query.text() + "\"";
    out.printf(Locale.ROOT, "%d document%s found%s.%n", results.total(), results.total() == 1 ? "" : "s", what);
    int rank = 0;
    for (SearchHit hit : results.hits()) {
      out.printf(Locale.ROOT, "%n%2d. %s  [%s]%n", ++rank, hit.title() == null ? "(untitled)" : hit.title(), hit.id());
      out.printf(Locale.ROOT, "    %s%n", meta(hit));
      String snippet = terminal ? hit.snippet().marked("\u001b[1m", "\u001b[0m") : hit.snippet().marked("**", "**");
      if (!snippet.isBlank()) {
        out.printf(Locale.ROOT, "    %s%n", snippet);
      }
    }
    if (results.total() > 0) {
      out.printf(Locale.ROOT, "%nFacets:%n");
      for (Facet f : results.facets()) {
        if (!f.counts().isEmpty()) {
          out.printf(Locale.ROOT, "  %-10s %s%n", f.dimension(), f.counts().stream().map(SearchCommand::label).collect(Collectors.joining(", ")));
        }
      }
    }
  }

  private static String meta(SearchHit hit) {
    return List.of(hit.publisher() == null ? "unknown publisher" : hit.publisher(), hit.kind().name(),
        hit.published() == null ? "undated" : hit.published().toString(), hit.source()).stream()
        .collect(Collectors.joining(" · "));
  }

  private static String label(LabelCount c) {
    return c.label() + " (" + c.count() + ")";
  }
}
