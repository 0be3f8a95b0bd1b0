package helsinki.library;

import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A developer's tool, not a test: how often our events name the type of the CAMEO code GDELT gave an article
 * ({@code hrdsattack/gdelt_events_with_article_text_200.csv}, dev only), with sentences split at a full stop
 * before a capital as in {@link AcledStyleNotesTest}; and how many of our ACLED-style notes get their family: {@code GdeltDevRun CSV}.
 */
final class GdeltDevRun {

  private GdeltDevRun() {}

  private static final Map<String, EventType> CAMEO = Map.of("173", EventType.ARREST, "175", EventType.PROTEST_REPRESSION,
      "181", EventType.DISAPPEARANCE, "1822", EventType.TORTURE, "1823", EventType.KILLING);

  public static void main(String[] args) throws Exception {
    Extractor notesExtractor = new Extractor();
    List<AcledStyleNotesTest.Note> notes = AcledStyleNotesTest.notes();
    long right = notes.stream().filter(n -> AcledStyleNotesTest.family(notesExtractor, n.text()).equals(n.family())).count();
    System.out.printf(Locale.ROOT, "our ACLED-style notes: %d of %d given their family%n", right, notes.size());
    Path csv = Path.of(args[0]);
    List<List<String>> rows = UprCsv.parse(csv, Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int code = header.indexOf("EventCode");
    int text = header.indexOf("text");
    Extractor extractor = new Extractor();
    Map<String, int[]> found = new TreeMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String c = row.get(code).replace(".0", "");
      EventType want = CAMEO.get(c);
      if (want == null || row.get(text).isBlank()) {
        continue;
      }
      List<Event> events = AcledStyleNotesTest.events(extractor, row.get(text));
      int[] n = found.computeIfAbsent(c + " " + want, k -> new int[3]);
      n[0]++;
      if (events.stream().anyMatch(e -> e.type() == want)) {
        n[1]++;
      }
      if (!events.isEmpty() && events.get(0).type() == want) {
        n[2]++;
      }
    }
    found.forEach((k, n) -> System.out.printf(Locale.ROOT, "%-28s articles %3d, type among ours %3d, first event's type %3d%n", k, n[0], n[1], n[2]));
  }
}
