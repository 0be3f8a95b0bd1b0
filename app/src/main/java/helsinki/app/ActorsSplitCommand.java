package helsinki.app;

import helsinki.core.InputException;
import helsinki.library.Library;
import helsinki.store.StoredActor;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki actors split A ALIAS}: a person's decision that the mentions written ALIAS are another actor. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = {"Split the mentions written ALIAS off actor A into a new actor (a person's decision, kept",
        "when documents are analysed again)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:split", "2:the command line was wrong (e.g. nothing would be left of A)",
        "3:the library could not be opened or written", "4:A, or ALIAS among A's forms, is not in the library"})
final class ActorsSplitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Parameters(index = "0", paramLabel = "A", description = "The actor (e.g. a-12).")
  String actor;

  @Parameters(index = "1", paramLabel = "ALIAS", description = "One of its aliases, as `helsinki actors` lists it.")
  String alias;

  @Option(names = "--by", paramLabel = "WHO", description = "Who decides (default: the user name).")
  String by = System.getProperty("user.name", "unknown");

  @Override
  public Integer call() {
    try (Library lib = Library.openExisting(library.location())) {
      Integer missing = missing(spec, lib, actor);
      if (missing != null) {
        return missing;
      }
      StoredActor from = lib.actor(actor).orElseThrow();
      boolean known = from.name().equalsIgnoreCase(alias.strip())
          || from.aliases().stream().anyMatch(alias.strip()::equalsIgnoreCase);
      if (!known) {
        spec.commandLine().getErr().println("helsinki actors split: " + actor + ": has no alias \"" + alias.strip()
            + "\" (its aliases: " + String.join("; ", from.aliases()) + ")");
        return Main.NOT_FOUND;
      }
      try {
        StoredActor split = lib.splitActor(actor, alias, by);
        spec.commandLine().getOut().printf(Locale.ROOT, "Split \"%s\" off %s into %s (%d documents).%n", alias.strip(),
            from.id(), split.id(), split.documents().size());
        return 0;
      } catch (InputException e) {
        spec.commandLine().getErr().println("helsinki actors split: " + e.getMessage());
        return Main.USAGE;
      }
    }
  }

  /** Says in one line which id is not an actor of the library, and returns the exit code; null when all are. */
  static @Nullable Integer missing(CommandSpec spec, Library lib, String... ids) {
    for (String id : ids) {
      if (lib.actor(id).isEmpty()) {
        spec.commandLine().getErr().println("helsinki actors " + spec.name() + ": " + id.strip()
            + ": no such actor in " + lib.location().dataFolder());
        return Main.NOT_FOUND;
      }
    }
    return null;
  }
}
