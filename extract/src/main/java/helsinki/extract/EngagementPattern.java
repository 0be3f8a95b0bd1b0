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
      Pattern.compile(SUBJECT + "\\s+met\\s+(?<cp>(?:the\\s+)?[A-Z][^.;]+?)" + CP_END));

  /** "the president spoke by phone with", "held a call with". */
  static final EngagementPattern CALL = new EngagementPattern("phone call", EngagementType.CALL,
      Pattern.compile(SUBJECT + "\\s+(?:spoke\\s+by\\s+(?:tele)?phone|held\\s+a\\s+(?:phone\\s+|telephone\\s+)?call)\\s+with\\s+(?<cp>[^.;]+?)" + CP_END));

  /** "testified before the Senate Foreign Relations Committee". */
  static final EngagementPattern HEARING = new EngagementPattern("testified before", EngagementType.HEARING,
      Pattern.compile(SUBJECT + "\\s+(?:testified|will\\s+testify|appeared)\\s+before\\s+(?<cp>(?:the\\s+)?[A-Z][^.;,]+)"));

  /** A letter's "ahead of the EU-Central Asia ministerial meeting in Dushanbe": the gathering the addressee goes to. */
  static final EngagementPattern AHEAD_OF_GATHERING = new EngagementPattern("ahead of the summit", EngagementType.SUMMIT,
      Pattern.compile("(?<actor>\\b[Aa]head\\s+of|\\b[Bb]efore|\\b[Dd]uring|\\b[Aa]t)\\s+the\\s+(?:[\\w-]+\\s+){0,4}?"
          + "(?:summit|meeting|conference|dialogue|talks|forum|session|ministerial)\\s+in\\s+" + PLACE));

  /** Every engagement pattern, in the order they are tried. */
  static final List<EngagementPattern> ALL = List.of(POSSESSIVE_VISIT, TRAVEL, ATTENDS_MEETING, MET_WITH, MET, CALL, HEARING,
      AHEAD_OF_GATHERING);
}
