package helsinki.extract;

import helsinki.core.AskAction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verbs that name an ask's action (TAXONOMY.md), by lower-case base form or common inflection. */
final class Verbs {

  private static final Map<String, AskAction> ACTIONS = Map.ofEntries(
      Map.entry("raise", AskAction.RAISE), Map.entry("voice", AskAction.RAISE),
      Map.entry("express", AskAction.RAISE), Map.entry("underscore", AskAction.RAISE),
      Map.entry("make", AskAction.RAISE), Map.entry("press", AskAction.RAISE),
      Map.entry("urge", AskAction.RAISE), Map.entry("convey", AskAction.RAISE),
      Map.entry("insist", AskAction.RAISE), Map.entry("call", AskAction.RAISE),
      Map.entry("condemn", AskAction.CONDEMN), Map.entry("denounce", AskAction.CONDEMN),
      Map.entry("meet", AskAction.MEET), Map.entry("receive", AskAction.MEET),
      Map.entry("repeal", AskAction.REPEAL), Map.entry("amend", AskAction.REPEAL),
      Map.entry("abolish", AskAction.REPEAL), Map.entry("withdraw", AskAction.REPEAL),
      Map.entry("abrogate", AskAction.REPEAL), Map.entry("harmonize", AskAction.REPEAL), Map.entry("harmonise", AskAction.REPEAL),
      Map.entry("align", AskAction.REPEAL), Map.entry("decriminalize", AskAction.REPEAL),
      Map.entry("decriminalise", AskAction.REPEAL), Map.entry("revise", AskAction.REPEAL),
      Map.entry("release", AskAction.RELEASE), Map.entry("free", AskAction.RELEASE),
      Map.entry("investigate", AskAction.INVESTIGATE), Map.entry("prosecute", AskAction.INVESTIGATE),
      Map.entry("punish", AskAction.INVESTIGATE),
      Map.entry("end", AskAction.END), Map.entry("stop", AskAction.END), Map.entry("cease", AskAction.END),
      Map.entry("halt", AskAction.END), Map.entry("eliminate", AskAction.END), Map.entry("eradicate", AskAction.END),
      Map.entry("combat", AskAction.END), Map.entry("prevent", AskAction.END), Map.entry("fight", AskAction.END),
      Map.entry("protect", AskAction.PROTECT), Map.entry("ensure", AskAction.PROTECT),
      Map.entry("guarantee", AskAction.PROTECT), Map.entry("respect", AskAction.PROTECT),
      Map.entry("safeguard", AskAction.PROTECT), Map.entry("uphold", AskAction.PROTECT), Map.entry("promote", AskAction.PROTECT),
      Map.entry("adopt", AskAction.ADOPT), Map.entry("ratify", AskAction.ADOPT), Map.entry("enact", AskAction.ADOPT),
      Map.entry("establish", AskAction.ADOPT), Map.entry("accede", AskAction.ADOPT), Map.entry("sign", AskAction.ADOPT),
      Map.entry("criminalize", AskAction.ADOPT), Map.entry("criminalise", AskAction.ADOPT),
      Map.entry("prohibit", AskAction.ADOPT), Map.entry("ratification", AskAction.ADOPT),
      Map.entry("accession", AskAction.ADOPT), Map.entry("prohibition", AskAction.ADOPT),
      Map.entry("protection", AskAction.PROTECT), Map.entry("abolition", AskAction.REPEAL),
      Map.entry("elimination", AskAction.END), Map.entry("investigation", AskAction.INVESTIGATE),
      Map.entry("adoption", AskAction.ADOPT), Map.entry("implement", AskAction.ADOPT),
      Map.entry("sanction", AskAction.SANCTION), Map.entry("impose", AskAction.SANCTION),
      Map.entry("suspend", AskAction.SANCTION), Map.entry("freeze", AskAction.SANCTION),
      Map.entry("support", AskAction.SUPPORT), Map.entry("fund", AskAction.SUPPORT),
      Map.entry("assist", AskAction.SUPPORT), Map.entry("cooperate", AskAction.SUPPORT),
      Map.entry("extend", AskAction.SUPPORT), Map.entry("seek", AskAction.SUPPORT), Map.entry("provide", AskAction.SUPPORT),
      Map.entry("allocate", AskAction.SUPPORT), Map.entry("allow", AskAction.SUPPORT), Map.entry("grant", AskAction.SUPPORT),
      Map.entry("facilitate", AskAction.SUPPORT), Map.entry("lift", AskAction.REPEAL),
      Map.entry("quash", AskAction.REPEAL), Map.entry("withdrawn", AskAction.REPEAL), Map.entry("drop", AskAction.REPEAL),
      Map.entry("mention", AskAction.RAISE), Map.entry("pardon", AskAction.RELEASE), Map.entry("overturn", AskAction.REPEAL), Map.entry("annul", AskAction.REPEAL),
      Map.entry("rescind", AskAction.REPEAL), Map.entry("revoke", AskAction.REPEAL), Map.entry("refer", AskAction.INVESTIGATE),
      // "refrain from using the law to ban meetings" asks that a practice end; an envoy appointed is a measure established.
      Map.entry("refrain", AskAction.END), Map.entry("appoint", AskAction.ADOPT), Map.entry("withdrawal", AskAction.REPEAL));

  /**
   * The words before a recommendation's real verb that only say how hard to try ("Continue its efforts to",
   * "Consider the possibility of", "Take all necessary measures to"); UPR Info's action category keeps
   * that difference, the action does not.
   */
  private static final Pattern LEAD_IN = Pattern.compile(
      "^(?:(?:To|That)\\s+)?(?:(?:Further|Fully|Swiftly|Promptly|Effectively|Also)\\s+)?"
          + "(?:(?:Continue|Consider|Take|Make|Intensify|Redouble|Step\\s+up|Strengthen|Enhance|Increase|Pursue|Keep"
          + "|Proceed|Work|Accelerate|Expedite|intensify|strengthen|enhance|step\\s+up|redouble|further|fully)\\b"
          + "(?:\\s+(?:its|their|the|all|every|further|possible|necessary|appropriate|concrete|effective|additional|legal"
          + "|practical|legislative|immediate|urgent|steps?|measures?|efforts?|actions?|work|working|process|procedures?"
          + "|possibility|towards?|with|and|on|of|in|at|aimed|aiming|including|by|to|for|a|an|up))*\\s+)*");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern AWARENESS = Pattern.compile("(?i)rais\\w*\\s+(?:public\\s+)?awareness");

  private Verbs() {}

  /** The action of {@code verb}, stripped of a final "s", "ed" or "ing" when the base form is known. */
  static Optional<AskAction> action(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    for (String form : new String[] {v, strip(v, "s"), strip(v, "ed"), strip(v, "d"), strip(v, "ing"), strip(v, "ing") + "e",
        strip(v, "ying") + "y"}) {
      AskAction a = ACTIONS.get(form);
      if (a != null) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** An object that is sanctions ("extend targeted sanctions to", "adopt further sanctions against"). */
  private static final Pattern SANCTIONS = Pattern.compile("\\s*(?:\\w+\\s+){0,3}?sanctions\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MAKE_RAISE = Pattern.compile(
      "\\s*,?\\s*(?:(?:it\\s+)?(?:clear|plain|known)|(?:a\\s+)?(?:public\\s+)?(?:statements?|representations?))\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:conditional|contingent|dependent)\\s+(?:up)?on\\b");
  private static final Pattern INTO_LINE = Pattern.compile("\\s*(?:fully\\s+)?(?:into|in)\\s+line\\b");
  private static final Pattern ACCOUNT = Pattern.compile("\\bto\\s+justice\\b|\\baccountable\\b|\\bto\\s+account\\b");

  /**
   * The action of {@code verb} with its object: "bring those responsible to justice" and "hold them
   * accountable" ask for an investigation though neither verb says so alone.
   */
  static AskAction phrase(String verb, String object) {
    String v = verb.toLowerCase(Locale.ROOT);
    if ((v.startsWith("bring") || v.startsWith("hold")) && ACCOUNT.matcher(object).find()) {
      return AskAction.INVESTIGATE;
    }
    if ((v.startsWith("bring") || v.equals("brought")) && INTO_LINE.matcher(object).lookingAt()) {
      // A law "brought into line with international law" is a law amended.
      return AskAction.REPEAL;
    }
    if (v.startsWith("drop") && object.contains("charge")) {
      // Dropping the charges against detainees is what a call for their release asks.
      return AskAction.RELEASE;
    }
    if (v.equals("make") && !MAKE_RAISE.matcher(object).lookingAt()) {
      // "Make clear that" raises; "make the funds conditional on their release" attaches a consequence; other makings ask nothing listed.
      return CONDITIONAL.matcher(object).find() ? AskAction.SANCTION : AskAction.OTHER;
    }
    if (SANCTIONS.matcher(object).lookingAt()) {
      return AskAction.SANCTION;
    }
    return action(verb).orElse(AskAction.OTHER);
  }

  /** Whether {@code word} is the base form of a known ask verb ("release", not "released" or "ratification"). */
  static boolean base(String word) {
    return ACTIONS.containsKey(word) && !word.endsWith("ion");
  }

  /**
   * A regular expression for the base form of a verb with which one asks ("release", "investigate"), and
   * "hold" and "bring" (accountable, to justice), for rules that must find the asked verb after a subject.
   */
  static String baseVerbs() {
    StringBuilder b = new StringBuilder("(?:hold|bring");
    ACTIONS.keySet().stream().filter(Verbs::base).sorted().forEach(v -> b.append('|').append(v));
    return b.append(")\\b").toString();
  }

  /** Where a recommendation's action verb is and what it means. */
  record Lead(int start, int end, AskAction action) {}

  /**
   * The action of an imperative recommendation ("Consider ratifying ...", "Continue its efforts to protect
   * ..."): the first known verb after the lead-in words, else the first word, read as OTHER when unknown.
   */
  static Lead lead(String recommendation) {
    Matcher in = LEAD_IN.matcher(recommendation);
    int from = in.lookingAt() ? in.end() : 0;
    Matcher w = WORD.matcher(recommendation).region(from, recommendation.length());
    if (w.find() && !light(recommendation, w.start(), w.group())) {
      Optional<AskAction> a = action(w.group());
      if (a.isPresent()) {
        return new Lead(w.start(), w.end(), a.get());
      }
    }
    Matcher first = WORD.matcher(recommendation);
    if (!first.find()) {
      return new Lead(0, 0, AskAction.OTHER);
    }
    AskAction a = light(recommendation, first.start(), first.group()) ? AskAction.OTHER : action(first.group()).orElse(AskAction.OTHER);
    return new Lead(first.start(), first.end(), a);
  }

  /**
   * "make" asks to raise only in "make clear" ("Make every effort to" is a lead-in, "making laws compliant" no
   * raising), and "raise awareness" is a campaign, not raising an issue with someone.
   */
  private static boolean light(String text, int at, String word) {
    return word.toLowerCase(Locale.ROOT).startsWith("mak") || AWARENESS.matcher(text).region(at, text.length()).lookingAt();
  }

  private static String strip(String v, String suffix) {
    return v.endsWith(suffix) ? v.substring(0, v.length() - suffix.length()) : v;
  }
}
