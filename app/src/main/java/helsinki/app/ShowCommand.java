package helsinki.app;

import helsinki.core.Analysis;
import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.Json;
import helsinki.core.Visibility;
import helsinki.library.DocumentView;
import helsinki.library.Library;
import helsinki.store.SourceRecord;
import java.util.Locale;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki show}: one document's metadata, sources, near-duplicates and text. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one document: metadata, the sources it was read from, its near-duplicates and its text.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Parameters(paramLabel = "ID", description = "The document id (as search prints it, e.g. d-3f9a1c2b7e).")
  String id;

  @Option(names = "--json", description = "Print the document as one JSON object: the FORMAT.md fields plus sources and near-duplicates.")
  boolean json;

  /** The JSON form: the analysis object and what the library knows about the record. */
  record Shown(Analysis document, Visibility visibility, Instant ingested, Instant updated, List<String> sources,
      List<DocumentView.Related> nearDuplicates) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Library lib = Library.openExisting(library.location())) {
      Optional<DocumentView> view = lib.show(id.strip());
      if (view.isEmpty()) {
        spec.commandLine().getErr().println("helsinki show: " + id + ": no such document in " + lib.location().dataFolder());
        return Main.NOT_FOUND;
      }
      DocumentView v = view.get();
      if (json) {
        out.println(Json.line(new Shown(lib.analysis(v.stored()), v.stored().visibility(), v.stored().ingested(),
            v.stored().updated(), v.sources().stream().map(SourceRecord::source).toList(), v.nearDuplicates())));
      } else {
        print(out, v);
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, DocumentView v) {
    Document d = v.stored().document();
    out.printf(Locale.ROOT, "%s%n%s%n", d.title() == null ? "(untitled)" : d.title(), "=".repeat(Math.min(72, Math.max(10, String.valueOf(d.title()).length()))));
    field(out, "id", d.id());
    field(out, "subtitle", d.subtitle());
    field(out, "kind", d.kind().name());
    field(out, "publisher", d.publisher());
    field(out, "authors", d.authors().stream().map(ShowCommand::author).collect(Collectors.joining("; ")));
    field(out, "published", d.published() == null ? null : d.published().toString());
    field(out, "language", d.language());
    field(out, "addressees", String.join("; ", d.addressees()));
    field(out, "countries", String.join(", ", v.stored().countries()));
    field(out, "visibility", v.stored().visibility().name());
    field(out, "ingested", v.stored().ingested() + " (updated " + v.stored().updated() + ")");
    out.printf(Locale.ROOT, "%nSources (%d):%n", v.sources().size());
    v.sources().forEach(s -> out.printf(Locale.ROOT, "  %s%n", s.source()));
    if (v.nearDuplicates().isEmpty()) {
      out.printf(Locale.ROOT, "%nNear-duplicates: none%n");
    } else {
      out.printf(Locale.ROOT, "%nNear-duplicates (nearly the same text, stored as separate documents):%n");
      v.nearDuplicates().forEach(n -> out.printf(Locale.ROOT, "  %s  %.0f%% similar  %s%n", n.id(), 100 * n.similarity(),
          n.title() == null ? "(untitled)" : n.title()));
    }
    if (!d.captions().isEmpty()) {
      out.printf(Locale.ROOT, "%nCaptions:%n");
      d.captions().forEach(c -> out.printf(Locale.ROOT, "  %s%n", c));
    }
    out.printf(Locale.ROOT, "%nText:%n%s%n", d.text());
  }

  private static void field(PrintWriter out, String name, @org.jspecify.annotations.Nullable String value) {
    if (value != null && !value.isBlank()) {
      out.printf(Locale.ROOT, "%-11s %s%n", name + ":", value);
    }
  }

  private static String author(Author a) {
    return a.role() == null ? a.name() : a.name() + " (" + a.role() + ")";
  }
}
