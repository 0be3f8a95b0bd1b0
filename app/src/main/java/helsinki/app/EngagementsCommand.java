package helsinki.app;

import helsinki.core.Json;
import helsinki.library.EngagementFilter;
import helsinki.library.EngagementView;
import helsinki.library.Library;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki engagements}: visits, meetings and calls, each one across the documents that mention it. */
@Command(name = "engagements", mixinStandardHelpOptions = true,
    description = "List the engagements in the library (visits, meetings, calls, summits, hearings): an upcoming"
        + " visit in one document and the visit reported in another are one engagement, with the asks made for it.")
final class EngagementsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only engagements of this actor (a name, alias or surname).")
  @Nullable String actor;

  @Option(names = "--json", description = "Print JSON Lines: one object per engagement with its members and asks.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Library lib = Library.openExisting(library.location())) {
      List<EngagementView> engagements = lib.engagements(new EngagementFilter(actor));
      for (EngagementView g : engagements) {
        if (json) {
          out.println(Json.line(g));
        } else {
          print(out, g);
        }
      }
      if (!json) {
        out.printf(Locale.ROOT, "%d engagements%n", engagements.size());
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, EngagementView g) {
    out.printf(Locale.ROOT, "%s  %s  %s  %s  (%d asks)%n", g.id(), g.actorName() == null ? "?" : g.actorName(),
        g.types().stream().map(Enum::name).collect(Collectors.joining("/")), String.join(", ", g.countries()), g.asks().size());
    for (EngagementView.Member m : g.members()) {
      out.printf(Locale.ROOT, "    %s#%s %s: “%s”%n", m.document(), m.engagement().id(), m.engagement().type(),
          m.engagement().evidence().quote());
    }
  }
}
