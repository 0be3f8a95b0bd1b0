package helsinki.library;

import helsinki.core.Certainty;
import helsinki.core.Count;
import helsinki.core.EventType;
import helsinki.core.Evidence;
import helsinki.core.Place;
import helsinki.core.When;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A library event: the reports of one happening from different documents, grouped by extract's
 * EventMatch. It counts its sources (documents, and the publishers among them) and keeps each
 * report's counts, certainty and evidence side by side: sources that disagree on a number are shown
 * ({@code countsDisagree}), never averaged. {@code from}/{@code to} span the reports' times (a
 * report without one stands at its document's date).
 */
public record EventGroupView(String id, EventType type, List<EventType> types, List<Place> places, @Nullable LocalDate from,
    @Nullable LocalDate to, int sources, List<String> publishers, boolean countsDisagree, List<Report> reports) {

  /** Copies the lists. */
  public EventGroupView {
    types = List.copyOf(types);
    places = List.copyOf(places);
    publishers = List.copyOf(publishers);
    reports = List.copyOf(reports);
  }

  /** One document's report of the happening, with its own counts, certainty and evidence. */
  public record Report(String document, String event, @Nullable String title, @Nullable String publisher,
      @Nullable LocalDate published, EventType type, List<Count> counts, Certainty certainty, @Nullable String victims,
      @Nullable Place place, @Nullable When when, List<Actor> actors, Evidence evidence) {

    /** Copies the lists. */
    public Report {
      counts = List.copyOf(counts);
      actors = List.copyOf(actors);
    }
  }

  /** An actor of a report: the document's entity, its name, and the canonical actor it is (null when not linked). */
  public record Actor(String entity, @Nullable String name, @Nullable String actor) {}
}
