package helsinki.app;

import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helsinki analyze}: one FORMAT.md object per input on standard output, storing nothing. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyse documents without storing them; prints one JSON object per document (FORMAT.md).")
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON Lines (the only output form; kept for symmetry with other commands).")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "Files, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    Analyzer analyzer = new Analyzer(new Ingester(IngestSettings.defaults()));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (String input : inputs) {
      try {
        var analysis = "-".equals(input) ? analyzer.analyze("-", System.in) : analyzer.analyze(Path.of(input));
        out.println(Json.line(analysis));
        out.flush();
      } catch (InputException e) {
        err.println(e.getMessage());
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.SOME_INPUTS_FAILED;
  }
}
