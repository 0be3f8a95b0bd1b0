package helsinki.app;

import helsinki.core.Count;
import helsinki.core.EventType;
import helsinki.core.Json;
import helsinki.library.EventFilter;
import helsinki.library.EventGroupView;
import helsinki.library.Library;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki events}: the events in the library, each report of one happening from different sources grouped. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List the events in the library: reports of one happening from different documents are one event,"
        + " with its sources counted and each source's counts, certainty and evidence side by side (not averaged).")
final class EventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Option(names = "--country", paramLabel = "CC", converter = CountryCode.class,
      description = "Only events in this country (ISO 3166-1 alpha-2 code, e.g. BY).")
  @Nullable String country;

  @Option(names = "--type", paramLabel = "T", description = "Only events of this type: ${COMPLETION-CANDIDATES}.")
  @Nullable EventType type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
  @Nullable LocalDate to;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only events with this actor (a canonical actor id, name, alias or surname).")
  @Nullable String actor;

  @Option(names = "--json", description = "Print JSON Lines: one object per event with its sources and each source's report.")
  boolean json;

  @Override
  public Integer call() {
    if (from != null && to != null && from.isAfter(to)) {
      spec.commandLine().getErr().println("events: --from " + from + " is after --to " + to);
      return Main.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Library lib = Library.openExisting(library.location())) {
      List<EventGroupView> events = lib.events(new EventFilter(country, type, from, to, actor));
      for (EventGroupView g : events) {
        if (json) {
          out.println(Json.line(g));
        } else {
          print(out, g);
        }
      }
      if (!json) {
        out.printf(Locale.ROOT, "%d events%n", events.size());
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, EventGroupView g) {
    out.printf(Locale.ROOT, "%s  %s  %s  %s..%s  %d sources%s%n", g.id(), g.type(),
        g.places().stream().map(p -> p.name() + (p.country() == null ? "" : " (" + p.country() + ")")).collect(Collectors.joining(", ")),
        g.from() == null ? "?" : g.from(), g.to() == null ? "?" : g.to(), g.sources(), g.countsDisagree() ? ", counts disagree" : "");
    for (EventGroupView.Report r : g.reports()) {
      out.printf(Locale.ROOT, "    %s#%s %s %s [%s]: “%s”%n", r.document(), r.event(), r.publisher() == null ? "?" : r.publisher(),
          r.certainty(), r.counts().stream().map(EventsCommand::count).collect(Collectors.joining("; ")), r.evidence().quote());
    }
  }

  private static String count(Count c) {
    return c.qualifier() + " " + c.value() + " " + c.unit();
  }

  /** Accepts a two-letter country code in any case, so that a typo is a usage error rather than an empty list. */
  static final class CountryCode implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String code = value.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a two-letter country code");
      }
      return code;
    }
  }
}
