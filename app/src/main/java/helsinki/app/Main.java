package helsinki.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code helsinki} command: one subcommand per use case. */
@Command(
    name = "helsinki",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Human-rights advocacy intelligence: evidence, asks and accountability, linked.",
    subcommands = {AnalyzeCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything worked",
      "1:some inputs could not be read (each named on stderr); the rest were processed",
      "2:the command line was wrong",
      "3:the library could not be opened or written"
    })
public final class Main {

  /** Exit code when some inputs failed but the rest were processed. */
  static final int SOME_INPUTS_FAILED = 1;
  /** Exit code when the library itself failed. */
  static final int LIBRARY_FAILED = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  static int run(String... args) {
    return new CommandLine(new Main()).setExecutionExceptionHandler(Main::oneLineError).execute(args);
  }

  private static int oneLineError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    cmd.getErr().println("helsinki " + cmd.getCommandName() + ": " + e.getMessage());
    return LIBRARY_FAILED;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"helsinki " + (v == null ? "0.1" : v)};
    }
  }
}
