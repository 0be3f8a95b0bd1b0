package helsinki.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A named way that texts ask someone to act. The regular expression is matched within one sentence and
 * ends at the asked verb (group {@code verb}); the object is the rest of the clause. Optional groups:
 * {@code req} (a reported requester), {@code tgt} (a named target), {@code cp} (whom the target should press).
 */
record AskPattern(String name, Pattern pattern, Requester requester, Target target) {

  /** Who asks: the document's publisher (or signatory), or the one the {@code req} group names. */
  enum Requester { PUBLISHER, NAMED }

  /** Who is asked: the letter's addressee ("you"), the one the {@code tgt} group names, or the state a UN review is about. */
  enum Target { ADDRESSEE, NAMED, UNDER_REVIEW }

  /** A clause character: no sentence or clause stop, but the full stops of "U.S." and "U.N.". */
  private static final String CLAUSE = "(?:[^.;:]|(?<=\\b[A-Z])\\.)";
  private static final String WE = "\\b(?:[Ww]e|I)\\s+(?:\\w+\\s+){0,3}?";
  /** Who must or should act in a press release: a name, or a plural of states' organs ("Governments", "all states"). */
  private static final String ACTOR = "\\b(?<tgt>(?:[Aa]ll\\s+)?(?:[Gg]overnments|[Ss]tates|[Aa]uthorities|[Dd]onors)"
      + "|[A-Z][\\w’'-]*['’]s\\s+(?:\\w+\\s+){0,2}?(?:partners|allies|neighbou?rs|donors|friends)"
      + "|(?:[Tt]he\\s+)?international\\s+community|[A-Z][\\w’'-]*\\s+(?:authorities|government|police|officials)"
      + "|(?!(?:We|I|It|This|That|These|Those|They|He|She|You|There|What|Which|Who)\\b)"
      + "(?:the\\s+)?[A-Z][\\w.’'-]*(?:[ \\t]+(?:of[ \\t]+)?[A-Z][\\w.’'-]*)*)"
      // An aside naming some of them: "Kyrgyzstan's partners, including the United States and the EU, should".
      + "(?:\\s*,\\s*(?:including|such\\s+as|notably|in\\s+particular|especially)\\s+[^,;.]{1,100},)?";
  /** Adverbs between "must" or "should" and its verb. */
  private static final String ADVERB = "(?:(?:also|now|immediately|urgently|publicly|promptly|swiftly|not\\s+only|at\\s+once)\\s+)?";
  private static final String NAME = "(?:the\\s+)?[A-Z][\\w.’'-]*(?:[ \\t]+(?:of[ \\t]+)?[A-Z][\\w.’'-]*)*";
  /**
   * Whom an ask names before its "to": a name, or a noun phrase up to the first "to" and a verb ("the
   * government of Georgia", "the Ugandan authorities", "UN member states", "Georgia's international partners").
   */
  private static final String TARGET = "(?<tgt>(?:the|all|its|their|our|both|each|every|other)\\s+[^,.;:()\\n]{1,80}?"
      + "|[A-Z][^,.;:()\\n]{0,80}?)";
  /** The verbs with which one asks another to act. */
  private static final String ASKING = "(?:call\\s+on|call\\s+upon|urge|ask|request|encourage|invite|implore|exhort"
      + "|appeal\\s+to|press)";

  /** "We urge you to", "we strongly call on you to", "I ask you to". */
  static final AskPattern WE_URGE_YOU = new AskPattern("we urge you to", Pattern.compile(
      WE + "(?:urge|call\\s+on|call\\s+upon|ask|encourage|request|implore)\\s+you\\s+to\\s+(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.ADDRESSEE);

  /** "It is imperative that you", "it is vital that, in your talks, you": the last "you" of the clause asks. */
  static final AskPattern IT_IS_IMPERATIVE_THAT_YOU = new AskPattern("it is imperative that you", Pattern.compile(
      "\\b[Ii]t\\s+is\\s+(?:\\w+\\s+)?(?:imperative|vital|essential|critical|crucial|urgent|necessary)\\s+that\\b"
          + "[^.;:]{0,200}\\byou\\s+(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.ADDRESSEE);

  /** "It is important that you", "it is especially important that, as you travel, you". */
  static final AskPattern IT_IS_IMPORTANT_THAT_YOU = new AskPattern("it is important that you", Pattern.compile(
      "\\b[Ii]t\\s+is\\s+(?:\\w+\\s+)?important\\s+that\\b[^.;:]{0,200}\\byou\\s+(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.ADDRESSEE);

  /** "We hope you will", "we sincerely hope that you will". */
  static final AskPattern WE_HOPE_YOU_WILL = new AskPattern("we hope you will", Pattern.compile(
      WE + "hope\\s+(?:that\\s+)?you\\s+will\\s+(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** "We join X in urging you to", "we join with the senators who have urged you to". */
  static final AskPattern WE_JOIN_IN_URGING = new AskPattern("we join in urging", Pattern.compile(
      WE + "join\\b" + CLAUSE + "{0,200}?\\b(?:in\\s+urging|in\\s+calling\\s+on|who\\s+(?:have\\s+|has\\s+)?(?:urged|called\\s+on|asked))"
          + "\\s+you\\s+to\\s+(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /**
   * A reported ask of the addressee: "the bi-partisan group of senators who have urged you to meet ...";
   * the group stays the requester (when "we join" them, {@link #WE_JOIN_IN_URGING} makes it the publisher's ask).
   */
  static final AskPattern REPORTED_URGING_YOU = new AskPattern("X who have urged you to", Pattern.compile(
      "(?<req>(?:[Tt]he|[Aa])\\s+[^,.;:]{0,80}?|" + NAME + ")\\s*,?\\s+(?:who|which|that)?\\s*(?:have|has|had)\\s+(?:also\\s+|already\\s+)?"
          + "(?:urged|called\\s+on|asked|pressed)\\s+you\\s+to\\s+(?<verb>\\w+)"),
      Requester.NAMED, Target.ADDRESSEE);

  /** "We would be grateful if you could raise", "I would appreciate it if you would meet". */
  static final AskPattern WOULD_BE_GRATEFUL = new AskPattern("we would be grateful if you could", Pattern.compile(
      WE + "(?:would\\s+be\\s+(?:most\\s+|very\\s+|extremely\\s+)?grateful|would\\s+appreciate\\s+it|would\\s+welcome\\s+it)"
          + "\\s+if\\s+you\\s+(?:could|would|were\\s+to)\\s+(?:also\\s+)?(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** A letter's "Please also make clear", "please raise": the addressee is asked. */
  static final AskPattern PLEASE = new AskPattern("please", Pattern.compile(
      "\\b[Pp]lease\\s+(?:also\\s+|do\\s+|consider\\s+)?(?<verb>[a-z]\\w*)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** "Now would be an important time for you to", "this is the moment for you to". */
  static final AskPattern TIME_FOR_YOU = new AskPattern("a time for you to", Pattern.compile(
      "\\b(?:[Nn]ow|[Tt]his)\\s+(?:would\\s+be|is|will\\s+be)\\s+(?:an?|the)\\s+(?:\\w+\\s+)?(?:time|moment|opportunity)"
          + "\\s+for\\s+you\\s+to\\s+(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** "We call on the Government of Uganda to", "we urge the Ugandan authorities to", "we ask the Working Group to". */
  static final AskPattern WE_CALL_ON = new AskPattern("we call on X to", Pattern.compile(
      WE + ASKING + "\\s+" + TARGET + "\\s+to\\s+(?<verb>[a-z]\\w*)"),
      Requester.PUBLISHER, Target.NAMED);

  /** A press release's "X should press Y to Z": X is asked, Y is who should finally act. */
  static final AskPattern SHOULD_PRESS = new AskPattern("X should press Y to", Pattern.compile(
      "(?<tgt>" + NAME + ")\\s+should\\s+(?<verb>press|urge|call\\s+on)\\s+(?<cp>[^,.;]+?)\\s+to\\s+\\w+"),
      Requester.PUBLISHER, Target.NAMED);

  /** A press release's "The EU must insist", "Authorities must release": whoever must act is asked, the publisher asks. */
  static final AskPattern X_MUST = new AskPattern("X must", Pattern.compile(
      ACTOR + "\\s+(?:must|needs\\s+to|has\\s+to|have\\s+to)\\s+" + ADVERB + "(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.NAMED);

  /** A press release's "Governments should suspend", "the Council should adopt". */
  static final AskPattern X_SHOULD = new AskPattern("X should", Pattern.compile(
      ACTOR + "\\s+(?:should|ought\\s+to)\\s+" + ADVERB + "(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.NAMED);

  /**
   * A reported or third-person ask: "the department had urged Russia to investigate", "the EU has called on
   * Hanoi to", "Equal Dignity Monitor urges the Ugandan authorities to release".
   */
  static final AskPattern REPORTED_URGING = new AskPattern("X urged Y to", Pattern.compile(
      "(?<req>(?:the\\s+)?[A-Za-z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*)*)\\s+(?:had\\s+|has\\s+|have\\s+)?"
          + "(?:also\\s+|again\\s+|repeatedly\\s+|further\\s+)?"
          + "(?:urged|urges|called\\s+on|calls\\s+on|called\\s+upon|calls\\s+upon|pressed|presses|asked|asks)\\s+"
          + TARGET + "\\s+to\\s+(?<verb>[a-z]\\w*)"),
      Requester.NAMED, Target.NAMED);

  /** A UN recommendation to consider: "Consider ratifying the Convention ... (Brazil);". */
  static final AskPattern UN_CONSIDER = unRecommendation("UN recommendation: consider", "Consider");

  /** A UN recommendation to go on: "Continue its efforts to protect migrants (Chile);". */
  static final AskPattern UN_CONTINUE = unRecommendation("UN recommendation: continue", "Continue");

  /** A UN recommendation in the imperative: "Repeal the law on foreign agents (Germany);", the recommending state in brackets. */
  static final AskPattern UN_RECOMMENDATION = unRecommendation("UN recommendation", "[A-Z][a-z]+");

  /**
   * A recommendation that starts with {@code verb} (after an optional paragraph number) and ends with the
   * bracketed recommending state; its action is read by {@link Verbs#lead}, its target is the state under review.
   */
  private static AskPattern unRecommendation(String name, String verb) {
    return new AskPattern(name, Pattern.compile(
        "(?m)(?:^|(?<=;))\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?<verb>" + verb + ")\\b[^;()]{3,600}?(?:\\([^()]*\\)[^;()]{0,200}?)*"
            + "\\((?<req>[A-Z][^()]{1,60}(?:\\([^()]*\\))?)\\)\\s*(?:[;.]|$)"),
        Requester.NAMED, Target.UNDER_REVIEW);
  }

  /** True for the rules that read UN recommendations. */
  boolean recommendation() {
    return target == Target.UNDER_REVIEW;
  }

  /** Every ask pattern; where two match the same words, the earlier one in this list wins. */
  static final List<AskPattern> ALL = List.of(WE_JOIN_IN_URGING, REPORTED_URGING_YOU, WE_URGE_YOU, IT_IS_IMPERATIVE_THAT_YOU,
      IT_IS_IMPORTANT_THAT_YOU, WE_HOPE_YOU_WILL, WOULD_BE_GRATEFUL, PLEASE, TIME_FOR_YOU, WE_CALL_ON, SHOULD_PRESS, X_MUST, X_SHOULD, REPORTED_URGING,
      UN_CONSIDER, UN_CONTINUE, UN_RECOMMENDATION);
}
