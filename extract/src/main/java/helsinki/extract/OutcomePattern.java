package helsinki.extract;

import helsinki.core.AskAction;
import helsinki.core.OutcomeStatus;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named way that texts say what became of an ask. The regular expression is matched within one
 * sentence; group {@code subj} (optional: a name or pronoun; when absent the subject is implicit) and
 * group {@code verb} (optional: names the action, and a verb that names none is no outcome; when
 * absent the action is {@code action}).
 */
record OutcomePattern(String name, OutcomeStatus status, AskAction action, Pattern pattern) {

  /** A state organ or official named by its common noun: "the government", "the Interior Ministry", "prosecutors". */
  private static final String ORGAN = "(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\w’'-]+\\s+){0,2}?)?"
      + "(?:government|authorities|ministry|minister|president|parliament|police|court|prosecutors?|officials|delegation"
      + "|council|secretary|ambassador|envoy|junta|military|army|administration|regime|state|commissioner|rapporteur"
      + "|chancellor|delegation|mission|department|commission|committee|subcommittee|(?:[A-Z]{2,}\\s+)?member\\s+states)\\b";
  private static final String SUBJ = "(?<subj>\\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z]{2,}\\s+)?[Mm]ember\\s+[Ss]tates|" + ORGAN
      + "|(?:[A-Z][\\w.’'-]*[ \\t]+){0,3}[A-Z][\\w’'-]*))";
  /** How many of the asked-for were done: "two of the five", "only some of its". */
  private static final String SOME_OF = "(?:only\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|a\\s+few|half|\\d+)\\s+of"
      + "\\s+(?:the|its|their|his|her|our|[\\w’'-]+['’]s)\\b";
  /** An aside between subject and verb: "Parliament, however, has not". */
  private static final String ASIDE = "(?:\\s*,\\s*(?:however|though|meanwhile|so\\s+far|to\\s+date|in\\s+turn)\\s*,)?";
  /** One adverb between subject and verb: "the government later agreed", "he eventually raised". */
  private static final String ADVERB = "(?:\\s+(?:later|eventually|finally|also|then|\\w+ly))?";
  /** How it was (not) done, between "did not" or "failed to" and the verb: "failed to publicly address". */
  private static final String HOW = "(?:(?:publicly|privately|openly|even|ever|directly|personally|explicitly|specifically)\\s+)?";
  private static final String RECOMMENDATION = "\\s+(?:the\\s+|this\\s+|these\\s+|all\\s+|both\\s+)?(?:\\w+\\s+)?recommendations?\\b";

  /** "he didn't meet with any of", "the minister did not raise". */
  static final OutcomePattern DID_NOT = new OutcomePattern("did not", OutcomeStatus.NOT_MET, AskAction.OTHER, Pattern.compile(
      SUBJ + "\\s+(?:did\\s+not|didn['’]t|did\\s+n['’]t|never)\\s+" + HOW + "(?<verb>\\w+)"));

  /** "she failed to condemn", "he has failed to meet". */
  static final OutcomePattern FAILED_TO = new OutcomePattern("failed to", OutcomeStatus.NOT_MET, AskAction.OTHER, Pattern.compile(
      SUBJ + ASIDE + "\\s+(?:has\\s+|have\\s+|had\\s+)?failed\\s+to\\s+" + HOW + "(?<verb>\\w+)"));

  /** "they refused to release", "the government has refused to allow", "he declined to meet": the target declined it. */
  static final OutcomePattern REFUSED_TO = new OutcomePattern("refused to", OutcomeStatus.REJECTED, AskAction.OTHER, Pattern.compile(
      SUBJ + ASIDE + "\\s+(?:has\\s+|have\\s+|had\\s+)?(?:refused|declined)\\s+to\\s+(?<verb>\\w+)"));

  /** "the planned meeting with independent journalists was cancelled": the meeting asked for did not take place. */
  static final OutcomePattern MEETING_CANCELLED = new OutcomePattern("meeting cancelled", OutcomeStatus.NOT_MET, AskAction.MEET,
      Pattern.compile("\\b(?:[Tt]he|[Aa])\\s+(?:planned\\s+|scheduled\\s+|promised\\s+|proposed\\s+)?meeting\\s+with\\s+(?<obj>[^.;]{1,120}?)"
          + "\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?(?:cancell?ed|called\\s+off|dropped|scrapped)\\b"));

  /** "the decision not to meet", "the failure to meet", "his refusal to condemn", subject implicit. */
  static final OutcomePattern DECISION_NOT_TO = new OutcomePattern("the decision not to", OutcomeStatus.NOT_MET, AskAction.OTHER, Pattern.compile(
      "\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:\\w+\\s+)?(?:decision\\s+not\\s+to|failure\\s+to|refusal\\s+to)\\s+(?<verb>\\w+)"));

  /** "the envoy met with the detainees' families"; {@link Outcomes} skips a concessive "While he met with…". */
  static final OutcomePattern MET_WITH = new OutcomePattern("met with", OutcomeStatus.MET, AskAction.MEET, Pattern.compile(
      SUBJ + "\\s+met\\s+with\\b"));

  /** "Kenya supported the recommendation", "the government accepted all recommendations". */
  static final OutcomePattern ACCEPTED = new OutcomePattern("accepted the recommendation", OutcomeStatus.ACCEPTED, AskAction.OTHER, Pattern.compile(
      SUBJ + "\\s+(?:has\\s+|have\\s+)?(?:accepted|supported)" + RECOMMENDATION));

  /** "Egypt noted the recommendations", "the delegation rejected the recommendation". */
  static final OutcomePattern REJECTED = new OutcomePattern("noted the recommendation", OutcomeStatus.REJECTED, AskAction.OTHER, Pattern.compile(
      SUBJ + "\\s+(?:has\\s+|have\\s+)?(?:noted|rejected)" + RECOMMENDATION));

  /** "Parliament has not repealed the law", "prosecutors have yet to open an investigation", "has still not released". */
  static final OutcomePattern HAS_NOT = new OutcomePattern("has not", OutcomeStatus.NOT_MET, AskAction.OTHER, Pattern.compile(
      SUBJ + ASIDE + "\\s+(?:has|have|had)\\s+(?:still\\s+)?(?:not|yet\\s+to|never)\\s+(?:yet\\s+)?(?<verb>\\w+)"));

  /** "The government rejected calls to release them", "the court dismissed requests for the release of". */
  static final OutcomePattern REJECTED_CALLS = new OutcomePattern("rejected calls to", OutcomeStatus.REJECTED, AskAction.OTHER,
      Pattern.compile(SUBJ + ADVERB + "\\s+(?:has\\s+|have\\s+)?(?:rejected|dismissed|refused|rebuffed)\\s+(?:\\w+\\s+)?"
          + "(?:calls?|demands?|requests?|appeals?|pleas?)\\s+(?:to|for)\\s+(?:the\\s+|an?\\s+)?(?<verb>\\w+)"));

  /** "The authorities agreed to allow the Red Cross", "the minister pledged to investigate". */
  static final OutcomePattern AGREED_TO = new OutcomePattern("agreed to", OutcomeStatus.ACCEPTED, AskAction.OTHER, Pattern.compile(
      SUBJ + ADVERB + "\\s+(?:has\\s+|have\\s+)?(?:agreed|pledged|promised|undertook|committed\\s+(?:itself\\s+|himself\\s+|herself\\s+)?)"
          + "\\s*to\\s+(?<verb>\\w+)"));

  /** "Lindqvist said she had raised the cases", "the envoy raised the detentions": the raising asked for was done. */
  static final OutcomePattern RAISED = new OutcomePattern("raised", OutcomeStatus.MET, AskAction.RAISE, Pattern.compile(
      SUBJ + "\\s+(?:said\\s+(?:that\\s+)?(?:he|she|they|it)\\s+(?:had\\s+|has\\s+)?|(?:has|have|had)\\s+)?"
          + "(?:raised|pressed|brought\\s+up|discussed)\\b(?!\\s+(?:prices|taxes|funds|money|rates))"));

  /** "The journalists were released on Monday", "the law was repealed": done, by whom the sentence need not say. */
  static final OutcomePattern WAS_DONE = new OutcomePattern("was released", OutcomeStatus.MET, AskAction.OTHER, Pattern.compile(
      "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:finally\\s+|eventually\\s+)?"
          + "(?<verb>released|freed|pardoned|repealed|withdrawn|abolished|quashed|overturned)\\b"));

  /** "the joint summit statement made no mention of them", "her speech contained no reference to": not raised. */
  static final OutcomePattern NO_MENTION = new OutcomePattern("made no mention of", OutcomeStatus.NOT_MET, AskAction.RAISE, Pattern.compile(
      "(?<subj>\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:statement|declaration|communiqu[eé]|readout|speech"
          + "|remarks|press\\s+conference|conclusions)|" + ORGAN + "|(?:[A-Z][\\w.’'-]*[ \\t]+){0,3}[A-Z][\\w’'-]*)"
          + "\\s+(?:made|makes|contained|contains|included|includes|has\\s+made)\\s+no\\s+(?:mention|reference)\\s+(?:of|to)\\b"));

  /** "the authorities released two of the five", "the department answered two of the Subcommittee's three questions". */
  static final OutcomePattern SOME_DONE = new OutcomePattern("did some of", OutcomeStatus.PARTIALLY_MET, AskAction.OTHER, Pattern.compile(
      SUBJ + ADVERB + "\\s+(?:has\\s+|have\\s+)?(?<any>\\w+ed|freed)\\s+" + SOME_OF));

  /** "The Commission has accepted the principle of benchmarks", "the ministry endorsed the proposal". */
  static final OutcomePattern ACCEPTED_PROPOSAL = new OutcomePattern("accepted the proposal", OutcomeStatus.ACCEPTED, AskAction.OTHER,
      Pattern.compile(SUBJ + ADVERB + "\\s+(?:has\\s+|have\\s+)?(?:accepted|endorsed|embraced)\\s+(?:the\\s+|this\\s+|our\\s+)?"
          + "(?:principle|idea|proposal|request|call|demand)s?\\b"));

  /** "Global Affairs Canada has ruled out appointing an envoy", "the ministry turned down holding an inquiry". */
  static final OutcomePattern RULED_OUT = new OutcomePattern("ruled out", OutcomeStatus.REJECTED, AskAction.OTHER, Pattern.compile(
      SUBJ + ASIDE + ADVERB + "\\s+(?:has\\s+|have\\s+|had\\s+)?(?:ruled\\s+out|turned\\s+down|rejected|refused|declined)\\s+(?<verb>\\w+ing)\\b"));

  /** "Canadian officials were again refused a consular visit", "lawyers have been denied access": the target declined it. */
  static final OutcomePattern WERE_REFUSED = new OutcomePattern("were refused", OutcomeStatus.REJECTED, AskAction.OTHER, Pattern.compile(
      "(?:\\b[A-Z][\\w’'-]*\\s+)?(?:[\\w’'-]+\\s+){0,2}?(?:was|were|has\\s+been|have\\s+been)\\s+(?:again\\s+|once\\s+again\\s+|repeatedly\\s+)?"
          + "(?:refused|denied)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:\\w+\\s+)?(?:visit|visits|access|permission|entry|meeting)\\b"));

  /** "Ms Valberg met lawyers and relatives of detained activists": people met, named by a common noun. */
  static final OutcomePattern MET_PEOPLE = new OutcomePattern("met people", OutcomeStatus.MET, AskAction.MEET, Pattern.compile(
      SUBJ + "\\s+met\\s+" + EngagementPattern.PEOPLE));

  /** Every outcome pattern, in the order they are tried. */
  static final List<OutcomePattern> ALL = List.of(DID_NOT, FAILED_TO, REFUSED_TO, DECISION_NOT_TO, MEETING_CANCELLED, MET_WITH, ACCEPTED, REJECTED, HAS_NOT,
      REJECTED_CALLS, AGREED_TO, RAISED, WAS_DONE, NO_MENTION, SOME_DONE, ACCEPTED_PROPOSAL, RULED_OUT, WERE_REFUSED, MET_PEOPLE);
}
