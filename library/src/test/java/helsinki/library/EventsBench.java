package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Certainty;
import helsinki.core.Count;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.Evidence;
import helsinki.core.Fingerprint;
import helsinki.core.Place;
import helsinki.core.Qualifier;
import helsinki.core.Visibility;
import helsinki.core.When;
import helsinki.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A developer's tool, not a test: how long {@code Library.events} takes for a country and a period in a
 * library of N synthetic analysed documents (3 events each over 40 countries and five years):
 * {@code EventsBench DIR N}. Documents and analyses are written straight to the store (no NLP).
 */
final class EventsBench {

  private static final EventType[] TYPES = {EventType.ARREST, EventType.PROTEST, EventType.KILLING, EventType.RESTRICTION};
  private static final String[] VICTIMS = {"students", "journalists", "lawyers", "protesters", "workers", "bloggers"};

  private EventsBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    LibraryLocation where = new LibraryLocation(dir, null);
    Files.createDirectories(dir);
    Random random = new Random(7);
    long t0 = System.nanoTime();
    try (Store store = Store.open(Store.sqliteUrl(where.databaseFile()))) {
      for (int from = 0; from < n; from += 500) {
        int start = from;
        store.transaction(tx -> {
          for (int i = start; i < Math.min(n, start + 500); i++) {
            Analysis a = analysis(i, random);
            tx.insert(document(a), Visibility.PUBLIC, List.of(), Instant.EPOCH);
            tx.saveAnalysis(a, "bench", Instant.EPOCH);
          }
          return null;
        });
      }
    }
    System.out.printf(Locale.ROOT, "wrote %d documents in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    try (Library library = Library.open(where)) {
      time("first listing (keys every analysis)", () -> library.events(new EventFilter("C7", null, null, null, null)).size());
      LocalDate m = LocalDate.of(2018, 6, 1);
      for (int round = 0; round < 3; round++) {
        time("country, one month", () -> library.events(new EventFilter("C7", null, m, m.plusMonths(1), null)).size());
        time("country, one year", () -> library.events(new EventFilter("C7", null, m, m.plusYears(1), null)).size());
        time("type, one month, all countries", () -> library.events(new EventFilter(null, EventType.ARREST, m, m.plusMonths(1), null))
            .size());
      }
    }
  }

  private interface Listing {
    int run();
  }

  private static void time(String what, Listing listing) {
    long t = System.nanoTime();
    int groups = listing.run();
    System.out.printf(Locale.ROOT, "%-40s %6d events %8.1f ms%n", what, groups, (System.nanoTime() - t) / 1e6);
  }

  private static Analysis analysis(int i, Random random) {
    LocalDate published = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(5 * 365));
    List<Event> events = new ArrayList<>();
    for (int e = 1; e <= 3; e++) {
      String country = "C" + random.nextInt(40);
      LocalDate day = published.minusDays(random.nextInt(4));
      events.add(new Event("V" + e, TYPES[random.nextInt(TYPES.length)], List.of(), VICTIMS[random.nextInt(VICTIMS.length)],
          new Place("City" + country, country, null), new When(day.toString(), day, day),
          List.of(new Count(10 + random.nextInt(500), Qualifier.EXACT, "people")), Certainty.REPORTED, List.of(),
          new Evidence(0, 4, "text")));
    }
    return new Analysis(Analysis.FORMAT, "d-" + i, "file:d-" + i, "Report " + i, null, "Publisher " + (i % 50), List.of(), published,
        "en", DocumentKind.NEWS, List.of(), "text of report " + i, List.of(), List.of(), List.of(), List.of(), events, List.of(),
        List.of(), List.of());
  }

  private static Document document(Analysis a) {
    return new Document(a.id(), a.source(), "text/plain", a.title(), null, a.publisher(), List.of(), a.published(), "en", a.kind(),
        List.of(), a.text(), List.of(), new Fingerprint(a.id(), new int[0]));
  }
}
