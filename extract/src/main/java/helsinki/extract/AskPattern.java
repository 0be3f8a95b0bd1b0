package helsinki.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A named way that texts ask someone to act. The regular expression is matched within one sentence and
 * ends at the asked verb (group {@code verb}); the object is the rest of the clause. Optional groups:
 * {@code req} (a reported requester), {@code tgt} (a named target), {@code cp} (whom the target should press).
 */
record AskPattern(String name, Pattern pattern, Requester requester, Target target) {

  /**
   * Who asks: the document's publisher (or signatory), the one the {@code req} group names, or the speaker
   * the {@code req} group names when it is an entity and else the document's own voice ("Members would ask").
   */
  enum Requester { PUBLISHER, NAMED, SPEAKER }

  /**
   * Who is asked: the letter's addressee ("you"), the one the {@code tgt} group names, the state a UN review
   * is about, or the state organ the text implies ("Those detained should be released": whoever holds them).
   */
  enum Target { ADDRESSEE, NAMED, UNDER_REVIEW, IMPLIED }

  /** A clause character: no sentence or clause stop, but the full stops of "U.S." and "U.N.". */
  private static final String CLAUSE = "(?:[^.;:]|(?<=\\b[A-Z])\\.)";
  private static final String WE = "\\b(?:[Ww]e|I)\\s+(?:\\w+\\s+){0,3}?";
  /** Who must or should act in a press release: a name, or a plural of states' organs ("Governments", "all states"). */
  private static final String ACTOR = "\\b(?<tgt>(?:[Aa]ll\\s+)?(?:(?:the\\s+)?(?:[A-Z]{2,}\\s+)?[Mm]ember\\s+[Ss]tates|[Gg]overnments|[Ss]tates|[Aa]uthorities|[Dd]onors)"
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

  /** The base form of a verb that asks, for rules where the verb follows a subject of any length. */
  private static final String BASE = Verbs.baseVerbs();
  /** A subject of a subjunctive or impersonal ask: "the authorities", "Global Affairs Canada", "you". */
  private static final String SUBJECT = "(?<tgt>you|(?:the|all|its|their)\\s+[^,.;:()\\n]{1,60}?|[A-Z][^,.;:()\\n]{0,60}?)";

  /** "It is crucial that the authorities investigate", "it is essential that all states refrain": the named subject is asked. */
  static final AskPattern IT_IS_CRUCIAL_THAT_X = new AskPattern("it is crucial that X", Pattern.compile(
      "\\b[Ii]t\\s+is\\s+(?:\\w+\\s+)?(?:imperative|vital|essential|critical|crucial|urgent|important|necessary)\\s+that\\s+"
          + "(?!you\\b)" + SUBJECT + "\\s+(?:should\\s+|must\\s+)?" + ADVERB + "(?<verb>" + BASE + ")"),
      Requester.PUBLISHER, Target.NAMED);

  /**
   * A committee's subjunctive: "the Subcommittee recommends that you raise", "Members would ask that, during
   * that visit, you meet", "we request that the ministry provide"; a named speaker asks, else the letter's writer.
   */
  static final AskPattern RECOMMENDS_THAT = new AskPattern("X recommends that Y", Pattern.compile(
      "(?<req>\\b(?:[Ww]e|I|[Mm]embers|(?:[Tt]he\\s+)?[A-Z][\\w-]*(?:\\s+(?:of\\s+|on\\s+)?[A-Z][\\w-]*)*))\\s+(?:\\w+\\s+){0,3}?"
          + "(?:recommends?|requests?|asks?|would\\s+ask|urges?|proposes?|suggests?|insists?|demands?)\\s+that\\s*,?"
          + "(?:[^,;.]{1,80},\\s*)?\\s*" + SUBJECT + "\\s+(?:should\\s+)?" + ADVERB + "(?<verb>" + BASE + "|answer|reply|respond|appear)"),
      Requester.SPEAKER, Target.NAMED);

  /** The second subjunctive of "recommends that you raise ..., and that Global Affairs Canada appoint ...". */
  static final AskPattern AND_THAT = new AskPattern("and that Y", Pattern.compile(
      ",?\\s+and\\s+that\\s+" + SUBJECT + "\\s+(?:should\\s+)?" + ADVERB + "(?<verb>" + BASE + ")"),
      Requester.PUBLISHER, Target.NAMED);

  /** "Those detained ... should be released immediately", "the law must be repealed": who should act is implied. */
  static final AskPattern SHOULD_BE_DONE = new AskPattern("X should be done", Pattern.compile(
      "(?:[\"“]\\s*)?(?<obj>[A-Z][^.;:\"“”]{2,200}?)\\s+(?:should|must|ought\\s+to|needs?\\s+to)\\s+(?:also\\s+|now\\s+)?be\\s+"
          + "(?:\\w+ly\\s+)?(?<verb>\\w+(?:ed|en)|freed|brought|held)\\b"),
      Requester.PUBLISHER, Target.IMPLIED);

  /** "We call for an end to the intimidation", "we called for the immediate release of": the noun names the action. */
  static final AskPattern WE_CALL_FOR = new AskPattern("we call for", Pattern.compile(
      WE + "call(?:s|ed)?\\s+(?:again\\s+|once\\s+again\\s+)?for\\s+(?:an?\\s+|the\\s+)?"
          + "(?:immediate\\s+|prompt\\s+|urgent\\s+|swift\\s+|independent\\s+|thorough\\s+|full\\s+)*(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.IMPLIED);

  /** "The experts called for the Act to be brought into line with", "she asked that officials be allowed to": reported, passive. */
  static final AskPattern CALLED_FOR_TO_BE = new AskPattern("X called for Y to be done", Pattern.compile(
      "(?<req>(?:the\\s+)?[A-Za-z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*)*)\\s+(?:also\\s+|again\\s+)?"
          + "(?:called\\s+for|calls\\s+for|asked\\s+that|asks\\s+that|requested\\s+that|demanded\\s+that|urged\\s+that)\\s+"
          + "[^.;:]{1,120}?\\s+(?:to\\s+)?be\\s+(?:\\w+ly\\s+)?(?<verb>\\w+(?:ed|en)|freed|brought|held)\\b(?:\\s+to\\s+(?<inner>[a-z]+))?"),
      Requester.NAMED, Target.IMPLIED);

  /**
   * A reported or third-person ask: "the department had urged Russia to investigate", "the EU has called on
   * Hanoi to", "Equal Dignity Monitor urges the Ugandan authorities to release".
   */
  static final AskPattern REPORTED_URGING = new AskPattern("X urged Y to", Pattern.compile(
      "(?<req>(?:the\\s+)?[A-Za-z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*)*)\\s+(?:had\\s+|has\\s+|have\\s+)?"
          + "(?:also\\s+|again\\s+|repeatedly\\s+|further\\s+)?"
          + "(?:urged|urges|called\\s+on|calls\\s+on|called\\s+upon|calls\\s+upon|pressed|presses|asked|asks|requested|requests)\\s+"
          + TARGET + "\\s+to\\s+(?<verb>[a-z]\\w*)"),
      Requester.NAMED, Target.NAMED);

  /**
   * An operative clause of a resolution, whose subject is the body named at its head ("The Parliamentary
   * Assembly, ... 2. Calls on the Tunisian authorities to release ...", "Urges all States to"): the document's
   * own voice asks.
   */
  static final AskPattern RESOLUTION_CLAUSE = new AskPattern("resolution: calls on X to", Pattern.compile(
      "(?m)^[ \\t]*(?:\\d{1,3}\\.?[ \\t]+|\\([a-z0-9]{1,3}\\)[ \\t]+)?(?:(?:Also|Further|Furthermore|Again|Strongly|Once\\s+again|Reiterates\\s+its\\s+call\\s+on)\\s+)?"
          + "(?i:calls\\s+on|calls\\s+upon|urges|requests|encourages|invites|demands|appeals\\s+to|exhorts)\\s+"
          + TARGET + "\\s+to\\s+(?<verb>[a-z]\\w*)"),
      Requester.PUBLISHER, Target.NAMED);

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
      IT_IS_IMPORTANT_THAT_YOU, IT_IS_CRUCIAL_THAT_X, WE_HOPE_YOU_WILL, WOULD_BE_GRATEFUL, PLEASE, TIME_FOR_YOU, RECOMMENDS_THAT, AND_THAT,
      WE_CALL_ON, WE_CALL_FOR, SHOULD_PRESS, SHOULD_BE_DONE, X_MUST, X_SHOULD, RESOLUTION_CLAUSE, REPORTED_URGING, CALLED_FOR_TO_BE,
      UN_CONSIDER, UN_CONTINUE, UN_RECOMMENDATION);
}
