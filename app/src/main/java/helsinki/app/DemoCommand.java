package helsinki.app;

import helsinki.library.Demo;
import helsinki.library.IngestSummary;
import helsinki.library.Library;
import helsinki.store.SearchQuery;
import java.util.Locale;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki demo}: a fresh library loaded with a demo corpus, summarised and searched. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Build a fresh demo library in <data>/demo (default ./helsinki-data/demo) from a small corpus of",
        "made-up NGO documents, plus ../shared/examples when it exists, show its summary and a sample search,",
        "then serve it as a web app (see serve) until Ctrl-C, unless --no-serve."})
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;
  @Mixin AnalysisOptions analysis;

  @Option(names = "--examples", paramLabel = "DIR",
      description = "Also load the documents in this folder (default: ../shared/examples if it exists).")
  @Nullable Path examples;

  @Option(names = "--query", paramLabel = "QUERY", defaultValue = "detained",
      description = "The sample search (default: ${DEFAULT-VALUE}).")
  String query;

  @Option(names = "--no-serve", description = "Stop after loading instead of serving the web app.")
  boolean noServe;

  @Mixin ServeOptions serve;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = library.location().dataFolder().resolve("demo");
    Demo.Prepared demo = Demo.prepare(folder, examples != null ? examples : findExamples());
    try (Library lib = Library.open(demo.location(), analysis.analyzer())) {
      IngestCommand.Progress progress = new IngestCommand.Progress(spec.commandLine().getErr(), System.console() != null);
      IngestSummary summary = lib.ingest(demo.inputs(), progress);
      progress.end();
      out.printf(Locale.ROOT, "Demo library in %s%n%s%n%n", demo.location().dataFolder(), IngestCommand.describe(summary));
      StatsCommand.print(out, lib.stats());
      SearchQuery sample = new SearchQuery(query, null, null, null, null, null, 5);
      out.printf(Locale.ROOT, "%n$ helsinki search --data %s %s%n", demo.location().dataFolder(), query);
      SearchCommand.print(out, sample, lib.search(sample), System.console() != null);
      out.printf(Locale.ROOT, "%nTry: helsinki show --data %s ID   (ids in brackets above)%n", demo.location().dataFolder());
      int exit = summary.failures().isEmpty() ? 0 : Main.SOME_INPUTS_FAILED;
      if (!noServe) {
        out.println();
        Serving.serve(lib, serve.host, serve.port, out, spec.commandLine().getErr());
      }
      return exit;
    }
  }

  /** ../shared/examples next to the working folder, or next to the repository that holds this program. */
  private static @Nullable Path findExamples() {
    Path here = Path.of("..", "shared", "examples");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // app/target/helsinki.jar or app/target/classes: the repository is three levels up.
      Path repo = code.getParent() == null || code.getParent().getParent() == null ? null : code.getParent().getParent().getParent();
      Path shared = repo == null || repo.getParent() == null ? null : repo.getParent().resolve("shared").resolve("examples");
      return shared != null && Files.isDirectory(shared) ? shared : null;
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
