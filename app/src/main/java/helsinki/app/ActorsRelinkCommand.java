package helsinki.app;

import helsinki.library.Library;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helsinki actors relink}: links the kept analyses to canonical actors again, analysing nothing. */
@Command(name = "relink", mixinStandardHelpOptions = true,
    description = {"Link every stored analysis to canonical actors again, without analysing anything (for a",
        "library analysed before actors existed, or after upgrading Helsinki). People's merges and splits are kept."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:linked", "3:the library could not be opened or written"})
final class ActorsRelinkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Override
  public Integer call() {
    try (Library lib = Library.openExisting(library.location())) {
      long n = lib.relinkActors();
      spec.commandLine().getOut().printf(Locale.ROOT, "Linked the actors of %d analysed document%s; %d actors.%n", n,
          n == 1 ? "" : "s", lib.actors(null).size());
      return 0;
    }
  }
}
