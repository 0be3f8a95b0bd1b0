package helsinki.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code helsinki} command: one subcommand per use case. */
@Command(
    name = "helsinki",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Human-rights advocacy intelligence: evidence, asks and accountability, linked.",
    subcommands = {
      AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class, ExportCommand.class,
      ReindexCommand.class,
      ReanalyzeCommand.class,
      StatsCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      ActorsCommand.class,
      AsksCommand.class,
      EngagementsCommand.class,
      EventsCommand.class,
      CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything worked",
      "1:some inputs could not be read (each named on stderr); the rest were processed",
      "2:the command line was wrong",
      "3:the library could not be opened or written",
      "4:the requested document (or actor) is not in the library"
    })
public final class Main {

  /** Exit code when some inputs failed but the rest were processed. */
  static final int SOME_INPUTS_FAILED = 1;
  /** Exit code when the command line was wrong. */
  static final int USAGE = 2;
  /** Exit code when the library itself failed. */
  static final int LIBRARY_FAILED = 3;
  /** Exit code when a requested document does not exist. */
  static final int NOT_FOUND = 4;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  static int run(String... args) {
    return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /** Runs the command line writing to {@code out} and {@code err}; returns its exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      return new CommandLine(new Main())
          .setOut(out)
          .setErr(err)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setExecutionExceptionHandler(Main::oneLineError)
          .setParameterExceptionHandler(Main::oneLineUsageError)
          .execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int oneLineUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println(name(cmd) + ": " + e.getMessage().replaceAll("\\s+", " ").strip() + " (see " + name(cmd) + " --help)");
    return USAGE;
  }

  private static int oneLineError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    cmd.getErr().println(name(cmd) + ": " + message.replaceAll("\\s+", " ").strip());
    return LIBRARY_FAILED;
  }

  private static String name(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"helsinki " + (v == null ? "0.1" : v)};
    }
  }
}
