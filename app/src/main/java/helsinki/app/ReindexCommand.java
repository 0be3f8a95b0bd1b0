package helsinki.app;

import helsinki.library.Library;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helsinki reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the stored documents (the store is the source of truth).")
final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Override
  public Integer call() {
    try (Library lib = Library.openExisting(library.location())) {
      long n = lib.reindex();
      spec.commandLine().getOut().printf(Locale.ROOT, "Reindexed %d document%s.%n", n, n == 1 ? "" : "s");
      return 0;
    }
  }
}
