package helsinki.app;

import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import helsinki.library.Library;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helsinki reanalyze}: analyses every stored document again and keeps the new analyses. */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
    description = {"Analyse every stored document again (after upgrading Helsinki, or after an ingest with",
        "--no-analyze) and keep the new analyses. A person's review decisions are kept."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document was analysed", "1:some documents could not be analysed",
        "3:the library could not be opened or written"})
final class ReanalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Library.requireExists(library.location());
    try (Library lib = Library.openExisting(library.location(), Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null))) {
      IngestCommand.Progress progress = new IngestCommand.Progress(err, System.console() != null);
      long n = lib.reanalyze(progress);
      progress.end();
      out.printf(Locale.ROOT, "Analysed %d document%s; %d failed.%n", n, n == 1 ? "" : "s", progress.failed());
      return progress.failed() == 0 ? 0 : Main.SOME_INPUTS_FAILED;
    }
  }
}
