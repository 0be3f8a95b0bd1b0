package helsinki.library;

import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * CASE 2021 task 2 (ACLED event subtypes of news snippets), scored on the labels that TAXONOMY.md's
 * table covers. Each covered ACLED label is read as the family of our types it maps to (PEACE_PROTEST,
 * PROTEST_WITH_INTER and VIOL_DEMONSTR are all PROTEST); every other label (disasters, weapons seized,
 * agreements, diplomacy, mob violence, remote explosives, chemical weapons, property destruction, ...)
 * names nothing our taxonomy has and stays in the data as "not covered", so that calling one of those
 * snippets an attack costs precision. The figure is the support-weighted F1 over the covered families.
 */
public final class Case2021 {

  /** ACLED label → our family, from TAXONOMY.md's "ACLED / CASE 2021" column (SHELLING is ACLED's ART_MISS_ATTACK). */
  static final Map<String, String> COVERED = Map.ofEntries(
      Map.entry("PEACE_PROTEST", "PROTEST"), Map.entry("PROTEST_WITH_INTER", "PROTEST"), Map.entry("VIOL_DEMONSTR", "PROTEST"),
      Map.entry("FORCE_AGAINST_PROTEST", "PROTEST_REPRESSION"), Map.entry("ARREST", "ARREST"),
      Map.entry("ABDUCT_DISSAP", "DISAPPEARANCE"), Map.entry("SEX_VIOL", "SEXUAL_VIOLENCE"),
      Map.entry("ATTACK", "ATTACK"), Map.entry("GRENADE", "ATTACK"), Map.entry("SUIC_BOMB", "ATTACK"),
      Map.entry("AIR_STRIKE", "MILITARY_FORCE"), Map.entry("ART_MISS_ATTACK", "MILITARY_FORCE"),
      Map.entry("ARMED_CLASH", "MILITARY_FORCE"), Map.entry("GOV_REGAINS_TERIT", "MILITARY_FORCE"),
      Map.entry("NON_STATE_ACTOR_OVERTAKES_TER", "MILITARY_FORCE"));
  static final String NOT_COVERED = "not covered";

  private Case2021() {}

  /** One snippet and its gold ACLED label. */
  record Snippet(String id, String text, String label) {}

  static List<Snippet> read(Path tsv) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(tsv.toString(), "cannot be read: " + e.getMessage(), e);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new InputException(tsv.toString(), "a row is not id, snippet and label: " + line);
      }
      snippets.add(new Snippet(f[0], f[1], f[2].strip()));
    }
    return snippets;
  }

  /**
   * The snippet's one family: its first event's, as ACLED notes lead with the main happening; except that
   * ACLED calls a protest met with force that kills or injures "excessive force against protesters", and a
   * protest dispersed without harm (tear gas, arrests) a protest "with intervention".
   */
  static String family(List<Event> events) {
    List<EventType> types = events.stream().map(Event::type).toList();
    boolean harm = types.contains(EventType.KILLING) || types.contains(EventType.ATTACK);
    if (types.contains(EventType.PROTEST_REPRESSION)) {
      return harm ? "PROTEST_REPRESSION" : "PROTEST";
    }
    Optional<String> first = types.stream().map(Case2021::family).filter(f -> !f.equals(NOT_COVERED)).findFirst();
    return first.orElse(NOT_COVERED);
  }

  private static String family(EventType t) {
    return switch (t) {
      case PROTEST -> "PROTEST";
      case PROTEST_REPRESSION -> "PROTEST_REPRESSION";
      case ARREST -> "ARREST";
      case DISAPPEARANCE -> "DISAPPEARANCE";
      case SEXUAL_VIOLENCE -> "SEXUAL_VIOLENCE";
      case ATTACK, KILLING -> "ATTACK";
      case MILITARY_FORCE -> "MILITARY_FORCE";
      default -> NOT_COVERED;
    };
  }

  /** Support-weighted precision, recall and F1 over the covered families, every snippet predicted. */
  static LabelScores score(List<Snippet> snippets, Function<Snippet, String> predict) {
    Map<String, int[]> byFamily = new LinkedHashMap<>();
    for (String f : COVERED.values()) {
      byFamily.putIfAbsent(f, new int[3]);
    }
    for (Snippet s : snippets) {
      String gold = COVERED.getOrDefault(s.label(), NOT_COVERED);
      String ours = predict.apply(s);
      if (byFamily.containsKey(gold)) {
        byFamily.get(gold)[0]++;
        if (gold.equals(ours)) {
          byFamily.get(gold)[2]++;
        }
      }
      if (byFamily.containsKey(ours)) {
        byFamily.get(ours)[1]++;
      }
    }
    int support = byFamily.values().stream().mapToInt(c -> c[0]).sum();
    double p = 0;
    double r = 0;
    double f1 = 0;
    for (int[] c : byFamily.values()) {
      double pi = c[1] == 0 ? 0 : (double) c[2] / c[1];
      double ri = c[0] == 0 ? 0 : (double) c[2] / c[0];
      double w = (double) c[0] / support;
      p += w * pi;
      r += w * ri;
      f1 += w * (pi + ri == 0 ? 0 : 2 * pi * ri / (pi + ri));
    }
    return new LabelScores(support, p, r, f1);
  }
}
