package helsinki.app;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import helsinki.core.Json;
import helsinki.library.Library;
import helsinki.store.ActorRole;
import helsinki.store.StoredActor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helsinki actors}: the library's canonical actors, and people's merges and splits of them. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"List the library's canonical actors (the people, organisations, governments and groups its",
        "documents name, one actor across all documents), or those whose name or forms contain QUERY."},
    subcommands = {ActorsMergeCommand.class, ActorsSplitCommand.class, ActorsRelinkCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed (perhaps none)", "2:the command line was wrong", "3:the library could not be opened",
        "4:the requested actor or alias is not in the library"})
final class ActorsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Only actors whose name or a form contains this (ignoring case).")
  @Nullable String query;

  @Option(names = "--json", description = "Print JSON Lines, one actor per line: id, name, type, aliases, roles, country, documents (FORMAT.md).")
  boolean json;

  /** One actor as {@code --json} prints it (FORMAT.md). */
  @JsonPropertyOrder({"id", "name", "type", "aliases", "roles", "country", "documents"})
  record Line(String id, String name, String type, List<String> aliases, List<ActorRole> roles, @Nullable String country,
      List<String> documents) {
    static Line of(StoredActor a) {
      return new Line(a.id(), a.name(), a.type().name(), a.aliases(), a.roles(), a.country(), a.documents());
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Library lib = Library.openExisting(library.location())) {
      List<StoredActor> actors = lib.actors(query);
      if (json) {
        actors.forEach(a -> out.println(Json.line(Line.of(a))));
      } else {
        print(out, actors);
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, List<StoredActor> actors) {
    if (actors.isEmpty()) {
      out.println("No actors.");
      return;
    }
    out.printf(Locale.ROOT, "%-8s %-12s %-32s %-7s %5s  %s%n", "ID", "TYPE", "NAME", "COUNTRY", "DOCS", "ROLES / ALIASES");
    for (StoredActor a : actors) {
      String roles = String.join("; ", a.roles().stream().map(ActorsCommand::role).toList());
      String aliases = String.join("; ", a.aliases());
      String more = roles.isEmpty() ? aliases : aliases.isEmpty() ? roles : roles + " | " + aliases;
      out.printf(Locale.ROOT, "%-8s %-12s %-32s %-7s %5d  %s%n", a.id(), a.type().name(), cut(a.name(), 32),
          a.country() == null ? "-" : a.country(), a.documents().size(), cut(more, 80));
    }
    out.printf(Locale.ROOT, "%d actor%s.%n", actors.size(), actors.size() == 1 ? "" : "s");
  }

  private static String role(ActorRole r) {
    if (r.first() == null) {
      return r.role();
    }
    return r.role() + " (" + (r.first().equals(r.last()) ? r.first() : r.first() + ".." + r.last()) + ")";
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
