package helsinki.app;

import helsinki.core.InputException;
import helsinki.library.Library;
import helsinki.store.StoredActor;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki actors merge A B}: a person's decision that two actors are one; re-analysis keeps it. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge actor B into actor A (a person's decision, kept when documents are analysed again);",
        "B's id then leads to A."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:merged", "2:the command line was wrong (e.g. A and B are already one actor)",
        "3:the library could not be opened or written", "4:A or B is not in the library"})
final class ActorsMergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Parameters(index = "0", paramLabel = "A", description = "The actor to keep (e.g. a-12).")
  String kept;

  @Parameters(index = "1", paramLabel = "B", description = "The actor that is the same as A.")
  String merged;

  @Option(names = "--by", paramLabel = "WHO", description = "Who decides (default: the user name).")
  String by = System.getProperty("user.name", "unknown");

  @Override
  public Integer call() {
    try (Library lib = Library.openExisting(library.location())) {
      Integer missing = ActorsSplitCommand.missing(spec, lib, kept, merged);
      if (missing != null) {
        return missing;
      }
      try {
        StoredActor a = lib.mergeActors(kept, merged, by);
        spec.commandLine().getOut().printf(Locale.ROOT, "Merged %s into %s, %s (%d documents).%n", merged.strip(), a.id(),
            a.name(), a.documents().size());
        return 0;
      } catch (InputException e) {
        spec.commandLine().getErr().println("helsinki actors merge: " + e.getMessage());
        return Main.USAGE;
      }
    }
  }
}
