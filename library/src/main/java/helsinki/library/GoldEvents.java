package helsinki.library;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Count;
import helsinki.core.Event;
import helsinki.core.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores events against a gold file's {@code events} (GOLD.md): a prediction matches a gold event when its
 * evidence quote holds at least half of the gold quote's words and its type is the gold type or one of its
 * {@code alternatives}; each prediction matches at most one gold event, a gold type before an alternative.
 */
final class GoldEvents {

  private GoldEvents() {}

  static EventScores score(String document, JsonNode gold, List<Event> predicted) {
    Set<Event> used = new HashSet<>();
    List<String> notes = new ArrayList<>();
    int matched = 0;
    int[] attr = new int[6];
    List<JsonNode> golds = new ArrayList<>();
    gold.forEach(golds::add);
    List<JsonNode> hitGolds = new ArrayList<>();
    for (JsonNode g : golds) {
      Event hit = find(g, predicted, used, true);
      if (hit == null) {
        hit = find(g, predicted, used, false);
      }
      if (hit == null) {
        notes.add(document + ": missed " + g.path("id").asText() + " " + g.path("type").asText());
        continue;
      }
      used.add(hit);
      hitGolds.add(g);
      matched++;
      attributes(g, hit, attr, document, notes);
    }
    int covered = 0;
    for (Event p : predicted) {
      if (used.contains(p)) {
        continue;
      }
      if (hitGolds.stream().anyMatch(g -> types(g).contains(p.type().name()) && overlap(g.path("quote").asText(), p.evidence().quote()))) {
        covered++;
      } else {
        notes.add(document + ": extra " + p.type() + " \"" + p.evidence().quote() + "\"");
      }
    }
    return new EventScores(golds.size(), predicted.size(), matched, predicted.size() - matched, covered,
        attr[0], attr[1], attr[2], attr[3], attr[4], attr[5], notes);
  }

  private static @Nullable Event find(JsonNode g, List<Event> predicted, Set<Event> used, boolean exact) {
    Set<String> types = exact ? Set.of(g.path("type").asText()) : types(g);
    String quote = g.path("quote").asText();
    return predicted.stream().filter(p -> !used.contains(p) && types.contains(p.type().name()) && overlap(quote, p.evidence().quote()))
        .findFirst().orElse(null);
  }

  private static Set<String> types(JsonNode g) {
    Set<String> types = new HashSet<>(Set.of(g.path("type").asText()));
    g.path("alternatives").forEach(x -> types.add(x.asText()));
    return types;
  }

  /** Country, time (gold {@code date} is the first day, gold {@code month} holds it) and count, where the gold gives them. */
  private static void attributes(JsonNode g, Event hit, int[] attr, String document, List<String> notes) {
    int[] before = attr.clone();
    if (g.hasNonNull("country")) {
      attr[0]++;
      if (hit.place() != null && g.path("country").asText().equals(hit.place().country())) {
        attr[1]++;
      }
    }
    When w = hit.when();
    if (g.hasNonNull("date") || g.hasNonNull("month")) {
      attr[2]++;
      String start = w == null || w.start() == null ? "" : w.start().toString();
      if (g.hasNonNull("date") ? start.equals(g.path("date").asText()) : start.startsWith(g.path("month").asText())) {
        attr[3]++;
      }
    }
    if (g.hasNonNull("count")) {
      attr[4]++;
      if (hit.counts().stream().mapToLong(Count::value).anyMatch(v -> v == g.path("count").asLong())) {
        attr[5]++;
      }
    }
    if (attr[1] - before[1] < attr[0] - before[0] || attr[3] - before[3] < attr[2] - before[2] || attr[5] - before[5] < attr[4] - before[4]) {
      notes.add(document + ": " + g.path("id").asText() + " attributes: place " + hit.place() + ", when " + hit.when() + ", counts " + hit.counts());
    }
  }

  /** At least half of the gold quote's words occur in the predicted quote. */
  static boolean overlap(String gold, String predicted) {
    Set<String> have = new HashSet<>(words(predicted));
    List<String> want = words(gold);
    return want.stream().filter(have::contains).count() * 2 >= want.size();
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
  }
}
