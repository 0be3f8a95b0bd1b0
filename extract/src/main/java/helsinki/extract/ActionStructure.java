package helsinki.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The verbs that set a recommendation's action category, read past what precedes them: the governing
 * verb after a leading phrase ("In line with its Constitution, continue ..."), an addressee ("that the
 * Government") and adverbs ("further", "urgently"); the verbs it chains to ("take measures to ratify",
 * "continue strengthening"); and the means it names ("continue its efforts ... by adopting"), which UPR
 * Info's coders read as the action asked for.
 */
final class ActionStructure {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|,");
  // A leading phrase that sets the context before the verb, up to its comma.
  private static final Set<String> LEADING = Set.of("in", "with", "within", "under", "noting", "bearing", "taking", "having", "as",
      "given", "while", "following", "based", "according", "considering", "recognizing", "recognising", "acknowledging",
      "welcoming", "building", "further", "pursuant", "mindful", "through", "on", "at", "for", "during", "after", "upon",
      "together", "where", "when", "if", "since", "notwithstanding", "despite", "regarding", "concerning");
  private static final Set<String> ADDRESSEE = Set.of("that", "the", "government", "state", "authorities", "it", "its", "they",
      "should", "to", "will", "would", "shall", "must", "is", "recommended", "we", "recommend", "recommends", "urge", "also");
  private static final Set<String> ADVERBS = Set.of("further", "also", "again", "still", "more", "both", "now", "duly", "as", "soon");
  private static final Set<String> NOT_ADVERBS = Set.of("apply", "comply", "rely", "supply", "reply", "multiply", "rally");
  // Nouns after which "to" opens the verb asked for: "take measures to ratify", "step up efforts to adopt".
  private static final Set<String> CHAINING = Set.of("measures", "steps", "efforts", "effort", "action", "actions", "initiatives",
      "possibility", "necessary", "needed", "required", "work", "working", "endeavours", "endeavors", "endeavour", "means",
      "commitment", "opportunity", "feasibility", "way", "ways", "process", "policies", "legislation", "moves", "move");
  private static final Set<String> MEANS = Set.of("by", "through", "via");
  // UPR Info's action categories by their verbs (stemmed): 2 continuing, 3 considering, 5 a specific act, 4 a general one.
  private static final Set<String> CONTINUING = Set.of("continu", "maintain", "persever", "pursu", "persist", "sustain", "keep",
      "carry", "preserv", "uphold", "renew", "perpetuat");
  private static final Set<String> CONSIDERING = Set.of("consider", "envisag", "reflect", "explor", "study", "examin", "evaluat",
      "analys", "analyz", "assess", "reconsider", "contemplat", "look", "think", "weigh");
  private static final Set<String> SPECIFIC = Set.of("ratify", "ratif", "acced", "abolish", "repeal", "amend", "establish", "enact",
      "criminaliz", "criminalis", "decriminaliz", "decriminalis", "sign", "withdraw", "lift", "issu", "releas", "ban", "prohibit",
      "submit", "creat", "set", "extend", "introduc", "adopt", "outlaw", "incorporat", "join", "becom", "remov", "revok", "accept");
  private static final Set<String> GENERAL = Set.of("ensur", "promot", "strengthen", "tak", "improv", "enhanc", "intensify",
      "step", "redoubl", "increas", "combat", "fight", "protect", "guarante", "respect", "address", "mak", "work", "further",
      "develop", "implement", "provid", "support", "encourag", "foster", "facilitat", "reinforc", "expand", "accelerat", "speed");

  private ActionStructure() {}

  /** The structure features of {@code text}, beside the specificity marks already read from it. */
  static List<String> features(String text, List<String> marks) {
    List<String> words = tokens(text);
    int at = governing(words);
    List<String> features = new ArrayList<>();
    if (at >= words.size()) {
      return features;
    }
    List<String> chain = chain(words, at);
    String first = chain.get(0);
    String last = chain.get(chain.size() - 1);
    features.add("g:" + first);
    features.add("gl:" + last);
    if (chain.size() > 1) {
      features.add("gc:" + String.join("_", chain));
    }
    for (String mark : marks) {
      features.add("gls:" + last + "_" + mark);
    }
    String means = following(words, at, MEANS);
    features.add("gm:" + first + "_" + (means == null ? "none" : "means"));
    String kind = kind(first, words, at);
    String lastKind = kind(last, words, -1);
    features.add("k:" + kind + "_" + lastKind + "_" + (means == null ? "none" : kind(means, words, -1)));
    features.add("kl:" + lastKind);
    marks.forEach(mark -> features.add("kls:" + lastKind + "_" + mark));
    if (means != null) {
      features.add("m:" + means);
      features.add("gm:" + first + "_" + means);
    }
    String purpose = purpose(words, at);
    if (purpose != null) {
      features.add("p:" + purpose);
      features.add("gp:" + first + "_" + purpose);
    }
    return features;
  }

  /** The category a stemmed verb names by UPR Info's definitions: continuing, considering, specific, general or other. */
  private static String kind(String verb, List<String> words, int at) {
    if ("giv".equals(verb) && at >= 0 && at + 1 < words.size() && words.get(at + 1).startsWith("continu")) {
      return "continuing";
    }
    return CONTINUING.contains(verb) ? "continuing" : CONSIDERING.contains(verb) ? "considering"
        : SPECIFIC.contains(verb) ? "specific" : GENERAL.contains(verb) ? "general" : "other";
  }

  private static List<String> tokens(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Where the governing verb is: past a leading phrase up to its comma, an addressee and adverbs. */
  private static int governing(List<String> words) {
    int i = 0;
    if (!words.isEmpty() && LEADING.contains(words.get(0))) {
      int comma = words.indexOf(",");
      if (comma > 0 && comma < 40) {
        i = comma + 1;
      }
    }
    while (i < words.size() && (ADDRESSEE.contains(words.get(i)) || adverb(words.get(i)) || ",".equals(words.get(i)))) {
      i++;
    }
    return i;
  }

  private static boolean adverb(String w) {
    return ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly") && !NOT_ADVERBS.contains(w);
  }

  /** The governing verb and the verbs it chains to, stemmed: "continue to take steps to adopt" gives continu, tak, adopt. */
  private static List<String> chain(List<String> words, int at) {
    List<String> chain = new ArrayList<>();
    chain.add(stem(words.get(at)));
    int i = at;
    while (chain.size() < 3) {
      int next = chained(words, i);
      if (next < 0) {
        break;
      }
      chain.add(stem(words.get(next)));
      i = next;
    }
    return chain;
  }

  /** The verb that the verb at {@code i} chains to, or -1: "continue strengthening", "continue to", "measures to". */
  private static int chained(List<String> words, int i) {
    int j = skipAdverbs(words, i + 1);
    if (j < words.size() && words.get(j).endsWith("ing") && words.get(j).length() > 5) {
      return j;
    }
    for (int k = i + 1; k < Math.min(words.size() - 1, i + 8); k++) {
      String w = words.get(k);
      if (",".equals(w)) {
        return -1;
      }
      if ("to".equals(w) && (k == i + 1 || CHAINING.contains(words.get(k - 1)))) {
        int v = skipAdverbs(words, k + 1);
        return v < words.size() && !",".equals(words.get(v)) ? v : -1;
      }
    }
    return -1;
  }

  private static int skipAdverbs(List<String> words, int i) {
    while (i < words.size() && adverb(words.get(i))) {
      i++;
    }
    return i;
  }

  /** The stemmed gerund after the first of {@code markers} past the verb ("by adopting" gives adopt), or null. */
  private static @Nullable String following(List<String> words, int at, Set<String> markers) {
    for (int k = at + 1; k < words.size() - 1; k++) {
      if (markers.contains(words.get(k))) {
        int v = skipAdverbs(words, k + 1);
        if (v < words.size() && words.get(v).endsWith("ing") && words.get(v).length() > 5) {
          return stem(words.get(v));
        }
      }
    }
    return null;
  }

  /** The stemmed verb of "in order to", "with a view to", "so as to", "aimed at" past the governing verb, or null. */
  private static @Nullable String purpose(List<String> words, int at) {
    for (int k = at + 2; k < words.size() - 1; k++) {
      String before = words.get(k - 1);
      String w = words.get(k);
      if ("to".equals(w) && ("order".equals(before) || "view".equals(before) || "as".equals(before))
          || "at".equals(w) && "aimed".equals(before)) {
        int v = skipAdverbs(words, k + 1);
        return v < words.size() ? stem(words.get(v)) : null;
      }
    }
    return null;
  }

  /** A crude stem that makes continue, continues, continued and continuing one word. */
  static String stem(String word) {
    for (String suffix : List.of("ing", "es", "ed", "s", "e")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 3 && !word.endsWith("ss")) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
