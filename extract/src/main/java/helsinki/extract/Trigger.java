package helsinki.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One match of an {@link EventPattern} in the text, and the tests that tell a reported happening from
 * a mention of one that did not happen, is only feared or asked to end, or is spoken of in general.
 */
record Trigger(EventPattern pattern, int start, int end, String text) {

  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nobody", "without", "if", "unless", "whether", "nor");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "shall", "must", "should");
  /** A happening that someone asks to end or prevent is not reported by the sentence: "to end all harassment". */
  private static final Set<String> REMEDIES = Set.of("end", "ending", "stop", "stopping", "prevent", "preventing", "combat", "combating",
      "combatting", "stem", "condone", "halt", "cease", "fight", "fighting", "eradicate", "eliminate", "repeal", "repealing", "abolish",
      "abolishing", "amend", "against", "avoid", "avert");
  /** General talk about a kind of abuse: "the costs of corruption", "the risk of torture", "the fear of arrest". */
  private static final Set<String> GENERIC = Set.of("cost", "costs", "effect", "effects", "issue", "issues", "problem", "problems", "scourge",
      "forms", "culture", "risk", "risks", "fear", "fears", "threat", "threats", "danger", "prohibition", "freedom", "protection", "prevention",
      "rapporteur", "rapporteurs", "convention", "committee", "definition");
  /** Verbs after which "to" takes a noun ("subjected to torture"), not an infinitive. */
  private static final Set<String> TO_NOUN = Set.of("subjected", "led", "lead", "leads", "leading", "amounted", "due", "according", "prior",
      "related", "linked", "response", "exposed", "resorted");
  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
  private static final Pattern PREFIXED = Pattern.compile("(?i)(?:anti|counter|post|pre)-\\s*$");
  /** "These protests", "the March protests", "such abuse": the sentence refers back to a happening already reported. */
  private static final Pattern ANAPHOR = Pattern.compile(
      "(?:\\b(?:these|those|this|that|such|said)|(?:^|\\s)(?i:the))(?:\\s+(?-i:[A-Z])\\w+|\\s+(?:latest|recent|same|widespread|mass))?\\s*$");

  /** Whether {@code before} (the sentence's text up to the trigger) reports it as happened: not negated, feared, asked to end or spoken of in general. */
  boolean reported(String before) {
    if (PREFIXED.matcher(before).find()) {
      return false;
    }
    List<String> w = lastWords(before, 3);
    for (int i = 0; i < w.size(); i++) {
      String x = w.get(i);
      boolean perfect = i + 1 < w.size() && w.get(i + 1).equals("have");
      boolean modal = MODALS.contains(x) || x.matches(".*['’](?:ll|d)");
      if (NEGATIONS.contains(x) || x.endsWith("n't") || x.endsWith("n’t") || modal && !perfect || REMEDIES.contains(x)) {
        return false;
      }
    }
    int n = w.size();
    List<String> of = List.of("of", "from", "on");
    if (n >= 2 && of.contains(w.get(n - 1)) && GENERIC.contains(w.get(n - 2)) || n >= 3 && of.contains(w.get(n - 2)) && GENERIC.contains(w.get(n - 3))) {
      return false;
    }
    boolean infinitive = n >= 1 && w.get(n - 1).equals("to") && (n < 2 || !TO_NOUN.contains(w.get(n - 2)));
    return !(infinitive && !text.contains(" ") && !text.matches("(?i).*(?:ed|ing|ion|ions|ment|s)"));
  }

  private static List<String> lastWords(String s, int count) {
    List<String> all = new ArrayList<>();
    Matcher m = WORD.matcher(s.length() > 80 ? s.substring(s.length() - 80) : s);
    while (m.find()) {
      all.add(m.group().toLowerCase(Locale.ROOT));
    }
    return all.subList(Math.max(0, all.size() - count), all.size());
  }

  /** Whether the words before it ("The March protests") refer back to a happening reported earlier; one followed by "of" or "on" names its own. */
  boolean anaphoric(String before, String after) {
    String a = after.stripLeading().toLowerCase(Locale.ROOT);
    return ANAPHOR.matcher(before).find() && !a.startsWith("of ") && !a.startsWith("on ") && !a.startsWith("against ");
  }

  /** Whether this trigger names people rather than a happening ("protesters"), so that it may be another event's victims. */
  boolean namesPeople() {
    return List.of("protesters", "protestors", "demonstrators", "marchers", "rioters", "detainees", "hostages", "attackers", "kidnappers", "abductors")
        .contains(text.toLowerCase(Locale.ROOT));
  }
}
