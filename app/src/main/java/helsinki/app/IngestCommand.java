package helsinki.app;

import helsinki.core.Json;
import helsinki.library.IngestListener;
import helsinki.library.IngestOutcome;
import helsinki.library.IngestSummary;
import helsinki.library.ItemReport;
import helsinki.library.Library;
import java.util.Locale;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki ingest}: reads files, folders and URLs into the library. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read files, folders and URLs into the library.",
        "The same text from another source is one record with two sources; a near-duplicate is stored apart and linked.",
        "An ingest that was interrupted resumes where it stopped when run again with the same inputs (or --resume)."})
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;
  @Mixin AnalysisOptions analysis;

  @Option(names = "--resume", description = "Continue the last interrupted ingest (no inputs needed).")
  boolean resume;

  @Option(names = "--json", description = "Print the summary as one JSON object (counts per outcome, failures, resumed).")
  boolean json;

  @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "Files, folders (read recursively) or http(s) URLs.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    if (inputs.isEmpty() && !resume) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give at least one PATH or URL, or --resume");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, System.console() != null);
    try (Library lib = Library.open(library.location(), analysis.analyzer())) {
      Optional<IngestSummary> summary = inputs.isEmpty() ? lib.resume(progress) : Optional.of(lib.ingest(inputs, progress));
      progress.end();
      if (summary.isEmpty()) {
        out.println("Nothing to resume: no ingest was interrupted.");
        return 0;
      }
      out.println(json ? Json.line(summary.get()) : describe(summary.get()));
      return summary.get().count(IngestOutcome.FAILED) == 0 ? 0 : Main.SOME_INPUTS_FAILED;
    }
  }

  static String describe(IngestSummary s) {
    String line = String.format(Locale.ROOT, "Ingested %d input%s: %d new, %d updated, %d duplicate, %d near-duplicate, %d unchanged, %d failed.",
        s.total(), s.total() == 1 ? "" : "s", s.count(IngestOutcome.NEW), s.count(IngestOutcome.UPDATED),
        s.count(IngestOutcome.DUPLICATE), s.count(IngestOutcome.NEAR_DUPLICATE), s.count(IngestOutcome.UNCHANGED),
        s.count(IngestOutcome.FAILED));
    return s.resumed() == 0 ? line : line + " Resumed: " + s.resumed() + " inputs were done by the interrupted run.";
  }

  /** One line per failed input on stderr, and a progress bar there too when it is a terminal. */
  static final class Progress implements IngestListener {
    private final PrintWriter err;
    private final boolean bar;
    private final long started = System.nanoTime();
    private boolean drawn;
    private int failed;

    Progress(PrintWriter err, boolean bar) {
      this.err = err;
      this.bar = bar;
    }

    @Override
    public void item(ItemReport report, int done, int total) {
      if (report.outcome() == IngestOutcome.FAILED) {
        failed++;
      }
      if (report.message() != null) {
        // A failure, or a stored input's note (its analysis failed).
        clear();
        err.println(report.message());
      }
      if (bar) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d  %.0f/s ", "#".repeat(filled), "-".repeat(width - filled), done, total, done / seconds);
        drawn = true;
      }
      err.flush();
    }

    /** How many inputs failed so far. */
    int failed() {
      return failed;
    }

    void end() {
      clear();
    }

    private void clear() {
      if (drawn) {
        err.print("\r" + " ".repeat(60) + "\r");
        drawn = false;
      }
    }
  }
}
