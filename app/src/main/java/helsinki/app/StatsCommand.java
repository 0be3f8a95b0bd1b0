package helsinki.app;

import helsinki.core.Json;
import helsinki.library.Library;
import helsinki.library.LibraryStats;
import helsinki.store.LabelCount;
import helsinki.store.StoreStats;
import java.util.Locale;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki stats}: what the library holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the documents by kind, publisher, language and year; show the index size and where the library lives.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Option(names = "--json", description = "Print the counts as one JSON object.")
  boolean json;

  /** The JSON form, with paths as plain strings. */
  record Shown(StoreStats store, long indexedDocuments, long indexBytes, String indexFolder) {}

  @Override
  public Integer call() {
    try (Library lib = Library.openExisting(library.location())) {
      LibraryStats s = lib.stats();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.line(new Shown(s.store(), s.indexedDocuments(), s.indexBytes(), s.indexFolder().toString())));
      } else {
        print(out, s);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, LibraryStats s) {
    StoreStats st = s.store();
    out.printf(Locale.ROOT, "Documents:  %d (%d sources, %d near-duplicate links)%n", st.documents(), st.sources(), st.nearDuplicateLinks());
    out.printf(Locale.ROOT, "Database:   %s%n", st.location());
    out.printf(Locale.ROOT, "Index:      %s (%d documents, %.1f MB)%n", s.indexFolder(), s.indexedDocuments(), s.indexBytes() / 1e6);
    counts(out, "By kind:", st.byKind());
    counts(out, "By publisher:", st.byPublisher());
    counts(out, "By language:", st.byLanguage());
    counts(out, "By year:", st.byYear());
  }

  private static void counts(PrintWriter out, String heading, List<LabelCount> counts) {
    if (!counts.isEmpty()) {
      out.printf(Locale.ROOT, "%s%n  %s%n", heading, counts.stream().limit(15).map(c -> c.label() + " " + c.count())
          .collect(Collectors.joining(", ")));
    }
  }
}
