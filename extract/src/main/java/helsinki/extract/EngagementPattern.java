package helsinki.extract;

import helsinki.core.EngagementType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named way that texts state a visit, meeting or call. The regular expression is matched within one
 * sentence; its groups are {@code actor} (a name, "your", or a pronoun), and optionally {@code cp}
 * (the counterparts) and {@code place}.
 */
record EngagementPattern(String name, EngagementType type, Pattern pattern) {

  private static final String NAME = "(?:[A-Z][\\w.’'-]*[ \\t]+){0,4}[A-Z][\\w-]*";
  private static final String PLACE = "(?<place>(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*)";
  /** Counterparts end where the clause does: a comma before a new subject, or the sentence end. */
  private static final String CP_END = "(?=,\\s+(?:he|she|they|but|while|and\\s+he|and\\s+she)\\b|[.;:]|$)";
  /** People one meets, named by a common noun ("met lawyers and relatives of detained activists"). */
  static final String PEOPLE = "(?:\\w+\\s+){0,3}?(?:lawyers|relatives|families|activists|journalists|defenders|representatives|members"
      + "|leaders|students|victims|survivors|dissidents|prisoners|detainees|campaigners|organi[sz]ations|groups|mothers|wives)\\b[^.;]*?";

  /** The words for a meeting as a noun. */
  private static final String MEETING = "(?:meeting|meetings|talks|conversation|audience|(?:working\\s+)?(?:lunch|dinner|breakfast))";
  /** A list of meetings' counterparts ends where the next meeting starts: ", and a working lunch with". */
  private static final String CP_LIST_END = "(?=,?\\s+and\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?" + MEETING + "\\b|\\s+on\\s+\\d|,\\s+(?:he|she|they|but|while|and\\s+he|and\\s+she)\\b|[.;:]|$)";
  private static final String SUBJECT = "(?<actor>\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|" + NAME + "))";

  /** "your upcoming visit to the Russian Federation", "Rex Tillerson's first visit to Russia", "his trip to Beijing". */
  static final EngagementPattern POSSESSIVE_VISIT = new EngagementPattern("possessive visit", EngagementType.VISIT,
      Pattern.compile("(?<actor>\\b[Yy]our|\\b[Hh]is|\\b[Hh]er|\\b[Tt]heir|" + NAME + "['’]s)\\s+"
          + "(?:(?:upcoming|forthcoming|planned|first|second|recent|official|state|next)\\s+)*"
          + "(?:visit|trip|mission|stay)\\s+(?:to|in)\\s+" + PLACE));

  /** "the minister will travel to Nairobi", "she travelled to Geneva". */
  static final EngagementPattern TRAVEL = new EngagementPattern("travel to", EngagementType.VISIT,
      Pattern.compile(SUBJECT + "\\s+(?:will\\s+travel|is\\s+travell?ing|travell?ed|traveled|visited|will\\s+visit|arrived\\s+in|spent\\s+(?:a|an|one|two|three|four|five|several|\\d+)\\s+(?:days?|weeks?|nights?)\\s+in)"
          + "\\s+(?:to\\s+)?" + PLACE
          + "(?:[^.;]*?\\s+and\\s+(?:met|will\\s+meet)\\s+(?:with\\s+)?(?<cp>[^.;]+?)" + CP_END + ")?"));

  /** A caption's "X attends a meeting with Y in Z, DATE". */
  static final EngagementPattern ATTENDS_MEETING = new EngagementPattern("attends a meeting", EngagementType.MEETING,
      Pattern.compile(SUBJECT + "\\s+(?:attends|attended|holds|held|chairs|chaired)\\s+(?:a\\s+)?(?:\\w+\\s+)?meeting\\s+with\\s+"
          + "(?<cp>[^,.;]+?)\\s+in\\s+" + PLACE));

  /** "he met with President Putin", "the envoy met with families of the detained". */
  static final EngagementPattern MET_WITH = new EngagementPattern("met with", EngagementType.MEETING,
      Pattern.compile(SUBJECT + "\\s+(?:met\\s+with|held\\s+talks\\s+with|talked\\s+with|sat\\s+down\\s+with)\\s+(?<cp>[^.;]+?)" + CP_END));

  /** "the minister met President Ruto", with no "with": the one met is named. */
  static final EngagementPattern MET = new EngagementPattern("met X", EngagementType.MEETING,
      Pattern.compile(SUBJECT + "\\s+met\\s+(?<cp>(?:the\\s+)?[A-Z][^.;]+?|" + PEOPLE + ")" + CP_END));


  /** "the president spoke by phone with", "held a call with". */
  static final EngagementPattern CALL = new EngagementPattern("phone call", EngagementType.CALL,
      Pattern.compile(SUBJECT + "\\s+(?:spoke\\s+by\\s+(?:tele)?phone|held\\s+a\\s+(?:phone\\s+|telephone\\s+)?call)\\s+with\\s+(?<cp>[^.;]+?)" + CP_END));

  /** "testified before the Senate Foreign Relations Committee". */
  static final EngagementPattern HEARING = new EngagementPattern("testified before", EngagementType.HEARING,
      Pattern.compile(SUBJECT + "\\s+(?:testified|will\\s+testify|appeared)\\s+before\\s+(?<cp>(?:the\\s+)?[A-Z][^.;,]+)"));

  /** "the Subcommittee heard testimony from the family of", "the committee took evidence from". */
  static final EngagementPattern HEARD_TESTIMONY = new EngagementPattern("heard testimony from", EngagementType.HEARING,
      Pattern.compile(SUBJECT + "\\s+(?:heard|took|received)\\s+(?:\\w+\\s+)?(?:testimony|evidence)\\s+from\\s+(?<cp>[^.;,]+)"));

  /** "you plan to visit Cairo in February", "the minister is due to travel to Nairobi". */
  static final EngagementPattern PLANS_TO_VISIT = new EngagementPattern("plans to visit", EngagementType.VISIT,
      Pattern.compile("(?<actor>\\b(?:[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|" + NAME + "))\\s+(?:plans?|planned|intends?|hopes?|(?:is|are)\\s+"
          + "(?:due|expected|scheduled|set))\\s+to\\s+(?:visit|travel\\s+to)\\s+" + PLACE));

  /** "Ms Valberg led the EU delegation to the summit in Hanoi", "the minister attended the ministerial meeting in Oslo". */
  static final EngagementPattern LED_DELEGATION = new EngagementPattern("led the delegation to the summit", EngagementType.SUMMIT,
      Pattern.compile(SUBJECT + "\\s+(?:(?:led|headed|joined)\\s+(?:the|a|an|her|his)\\s+(?:[\\w-]+\\s+){0,3}?delegation\\s+(?:to|at)"
          + "|attended)\\s+the\\s+(?:[\\w–-]+\\s+){0,4}?(?:summit|conference|ministerial|forum|session)\\b(?:\\s+in\\s+" + PLACE + ")?"));

  /** "her closed-door meeting with Prime Minister Vo", "his talks with the foreign minister", "Her programme included talks with". */
  static final EngagementPattern POSSESSIVE_MEETING = new EngagementPattern("possessive meeting", EngagementType.MEETING,
      Pattern.compile("(?<actor>\\b[Yy]our|\\b[Hh]is|\\b[Hh]er|\\b[Tt]heir|" + NAME + "['’]s)\\s+(?:[\\w-]+\\s+){0,2}?" + MEETING
          + "\\s+with\\s+(?<cp>[^.;]+?)" + CP_LIST_END));

  /** The second of a programme's meetings: "talks with the foreign minister and a working lunch with the Secretary-General". */
  static final EngagementPattern AND_A_MEETING = new EngagementPattern("and a meeting with", EngagementType.MEETING,
      Pattern.compile("(?<actor>\\b[Yy]our|\\b[Hh]is|\\b[Hh]er|\\b[Tt]heir|" + NAME + "['’]s)\\s+(?:[\\w-]+\\s+){0,2}?" + MEETING
          + "\\s+with\\s+[^.;]+?,?\\s+and\\s+(?<ev>(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?" + MEETING + "\\s+with\\s+(?<cp>[^.;]+?))" + CP_END));

  /** "Minister Desrochers was in Cairo on 9 and 10 February": a stay with a date, at a place the gazetteer knows. */
  static final EngagementPattern WAS_IN = new EngagementPattern("was in", EngagementType.VISIT,
      Pattern.compile(SUBJECT + "\\s+(?:was|were)\\s+in\\s+" + PLACE + "(?=\\s+(?:on|from|between|for|last|this)\\s+)"));

  /** A letter's "ahead of the EU-Central Asia ministerial meeting in Dushanbe": the gathering the addressee goes to. */
  static final EngagementPattern AHEAD_OF_GATHERING = new EngagementPattern("ahead of the summit", EngagementType.SUMMIT,
      Pattern.compile("(?<actor>\\b[Aa]head\\s+of|\\b[Bb]efore|\\b[Dd]uring|\\b[Aa]t)\\s+the\\s+(?:[\\w–-]+\\s+){0,4}?"
          + "(?:summit|meeting|conference|dialogue|talks|forum|session|ministerial)\\s+in\\s+" + PLACE));

  /** Every engagement pattern, in the order they are tried. */
  static final List<EngagementPattern> ALL = List.of(POSSESSIVE_VISIT, TRAVEL, ATTENDS_MEETING, MET_WITH, MET, CALL, HEARING,
      AHEAD_OF_GATHERING, HEARD_TESTIMONY, PLANS_TO_VISIT, LED_DELEGATION, POSSESSIVE_MEETING, AND_A_MEETING, WAS_IN);
}
