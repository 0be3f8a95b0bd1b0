package helsinki.app;

import helsinki.core.InputException;
import helsinki.extract.ModelManifest;
import helsinki.library.ClassifierTraining;
import helsinki.library.TrainingReport;
import helsinki.library.TrainingSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki train}: rebuilds the UPR themes, strength and acceptance models that {@code extract} ships. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the UPR themes, strength (action category) and acceptance classifiers on UPR Info's",
      "recommendations, sessions 1-16 only, and write them with a manifest of their data (SHA-256,",
      "sessions, seed, Tribuo version). The same data and seed give the same models."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the models were written", "1:the data could not be read or the models not written",
        "2:the command line was wrong"})
final class TrainCommand implements Callable<Integer> {

  /** Where the shipped models live, relative to the project's root folder. */
  static final Path SHIPPED = Path.of("extract/src/main/resources").resolve(ModelManifest.FOLDER);

  @Spec CommandSpec spec;

  // Tribuo logs every model it trains at INFO; the summary below says what matters. A field, because
  // java.util.logging holds loggers weakly and would forget the level of a local one.
  private final Logger tribuoLog = Logger.getLogger("org.tribuo");

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The folder holding datasets/ (default: $HELSINKI_SHARED, else ../shared).")
  @Nullable Path shared;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the models (default: ${DEFAULT-VALUE}, run from the project's root).")
  Path out = SHIPPED;

  @Option(names = "--rows", paramLabel = "N",
      description = "Train on the first N rows of sessions 1-16 only, for a quick check (default: all).")
  int rows;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where the recommendations' sentence embeddings are cached (default: ~/.cache/helsinki).")
  @Nullable Path cache;

  @Option(names = "--seed", paramLabel = "N", description = "The training seed (default: ${DEFAULT-VALUE}).")
  long seed = TrainingSettings.defaults().seed();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (rows < 0) {
      spec.commandLine().getErr().println("helsinki train: --rows must be 0 or more, not " + rows);
      return Main.USAGE;
    }
    tribuoLog.setLevel(Level.WARNING);
    TrainingSettings settings = TrainingSettings.defaults().limitedTo(rows).seeded(seed);
    try {
      TrainingReport report = cache == null ? ClassifierTraining.train(sharedFolder(), this.out, settings)
          : ClassifierTraining.train(sharedFolder(), this.out, settings, cache);
      print(out, report);
      return 0;
    } catch (InputException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Main.SOME_INPUTS_FAILED;
    }
  }

  private static void print(PrintWriter out, TrainingReport r) {
    ModelManifest m = r.manifest();
    out.printf(Locale.ROOT, "trained on %d recommendations of sessions %s in %.1f s (Tribuo %s, seed %d)%n",
        m.rows(), m.sessions(), r.seconds(), m.tribuo(), m.seed());
    out.printf(Locale.ROOT, "held out sessions %s: %s%n", m.heldOutSessions(), new java.util.TreeMap<>(m.heldOut()));
    out.printf(Locale.ROOT, "theme threshold %.3f, document threshold %.3f%n", m.themeThreshold(), m.documentThreshold());
    r.bytes().forEach((file, bytes) -> out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", r.folder().resolve(file), bytes));
    out.flush();
  }

  private Path sharedFolder() {
    if (shared != null) {
      return shared;
    }
    String env = System.getenv("HELSINKI_SHARED");
    return Path.of(env != null && !env.isBlank() ? env : "../shared");
  }
}
