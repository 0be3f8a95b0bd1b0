package helsinki.app;

import helsinki.library.Library;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helsinki serve}: the web app and its JSON API over a library, on this machine only unless told. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the library as a web app (search, reader, ingest) with a JSON API under /api.",
        "Listens on 127.0.0.1 only, so the library stays on this machine; Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;
  @Mixin AnalysisOptions analysis;
  @Mixin ServeOptions serve;

  @Override
  public Integer call() {
    Library.requireExists(library.location());
    try (Library lib = Library.openExisting(library.location(), analysis.analyzer())) {
      return Serving.serve(lib, serve.host, serve.port, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }
}
