package helsinki.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code helsinki} command in this JVM and keeps what it printed. */
record Cli(int exit, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(exit, out.toString(), err.toString());
  }
}
