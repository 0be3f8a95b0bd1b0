package helsinki.app;

import helsinki.core.Json;
import helsinki.core.OutcomeStatus;
import helsinki.library.AskFilter;
import helsinki.library.AskView;
import helsinki.library.Library;
import helsinki.library.LinkedOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki asks}: the asks in the library, each with its current status and the outcomes behind it. */
@Command(name = "asks", mixinStandardHelpOptions = true,
    description = "List the asks in the library with their status (OPEN until an outcome says otherwise)"
        + " and the outcomes, from any document, that decide it.")
final class AsksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Option(names = "--target", paramLabel = "NAME", description = "Only asks made of this actor (a name, alias or surname).")
  @Nullable String target;

  @Option(names = "--requester", paramLabel = "NAME", description = "Only asks made by this actor.")
  @Nullable String requester;

  @Option(names = "--status", paramLabel = "S",
      description = "Only asks with this status: ${COMPLETION-CANDIDATES}.")
  @Nullable OutcomeStatus status;

  @Option(names = "--occasion", paramLabel = "ID",
      description = "Only asks made for this engagement (an id from `helsinki engagements`, or DOCUMENT#G1).")
  @Nullable String occasion;

  @Option(names = "--json", description = "Print JSON Lines: each ask's FORMAT.md fields plus document, status and outcomes.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Library lib = Library.openExisting(library.location())) {
      List<AskView> asks = lib.asks(new AskFilter(target, requester, status, occasion));
      for (AskView a : asks) {
        if (json) {
          out.println(Json.line(a));
        } else {
          print(out, a);
        }
      }
      if (!json) {
        out.printf(Locale.ROOT, "%d asks%n", asks.size());
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, AskView a) {
    out.printf(Locale.ROOT, "%-13s %s#%s  %s  %s → %s%n", a.status(), a.document(), a.ask().id(), a.ask().action(),
        name(a.requesterName()), name(a.targetName()));
    out.printf(Locale.ROOT, "    “%s”%n", a.ask().evidence().quote());
    for (LinkedOutcome o : a.outcomes()) {
      out.printf(Locale.ROOT, "    %s by %s#%s (score %.2f): “%s”%n", o.outcome().status(), o.document(), o.outcome().id(),
          o.score(), o.outcome().evidence().quote());
    }
  }

  private static String name(@Nullable String name) {
    return name == null ? "?" : name;
  }
}
