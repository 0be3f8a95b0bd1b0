package helsinki.app;

import helsinki.core.Analysis;
import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.places.Gazetteer;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki analyze}: one FORMAT.md object per input on standard output, storing nothing. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse documents without storing them.",
      "Prints one JSON object per document (JSON Lines, see FORMAT.md); an input that cannot be read",
      "gets one line on stderr, and the others are still analysed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was analysed", "1:some inputs could not be read", "2:the command line was wrong"})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON Lines (the default and only form of this command's output).")
  boolean json;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date that relative times (\"last week\") are read against when a document states none.")
  @Nullable LocalDate date;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "Files, http(s) URLs, or - for standard input.")
  List<String> inputs = List.of();

  @Override
  public Integer call() {
    Analyzer analyzer = new Analyzer(new Ingester(IngestSettings.defaults()), CoreNlpAnnotator.load(false), Gazetteer.load(), date);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (String input : inputs) {
      try {
        out.println(Json.line(analyze(analyzer, input)));
        out.flush();
      } catch (InputException e) {
        err.println(e.getMessage());
        err.flush();
        failed++;
      } catch (RuntimeException | StackOverflowError e) {
        // A rule's bug on one input must not end the run for the inputs after it, nor print a stack trace.
        err.println(input + ": cannot be analysed (a bug in Helsinki; please report it with the input): " + e);
        err.flush();
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.SOME_INPUTS_FAILED;
  }

  private static Analysis analyze(Analyzer analyzer, String input) throws InputException {
    if ("-".equals(input)) {
      return analyzer.analyze("-", System.in);
    }
    if (input.startsWith("http://") || input.startsWith("https://")) {
      try {
        return analyzer.analyze(URI.create(input));
      } catch (IllegalArgumentException e) {
        throw new InputException(input, "is not a valid URL: " + e.getMessage(), e);
      }
    }
    return analyzer.analyze(Path.of(input));
  }
}
