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

  private static final String SUBJ = "(?<subj>\\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\\w.’'-]*[ \\t]+){0,3}[A-Z][\\w’'-]*))";
  private static final String RECOMMENDATION = "\\s+(?:the\\s+|this\\s+|these\\s+|all\\s+|both\\s+)?(?:\\w+\\s+)?recommendations?\\b";

  /** "he didn't meet with any of", "the minister did not raise". */
  static final OutcomePattern DID_NOT = new OutcomePattern("did not", OutcomeStatus.NOT_MET, AskAction.OTHER, Pattern.compile(
      SUBJ + "\\s+(?:did\\s+not|didn['’]t|did\\s+n['’]t|never)\\s+(?<verb>\\w+)"));

  /** "she failed to condemn", "they refused to release", "he declined to meet". */
  static final OutcomePattern FAILED_TO = new OutcomePattern("failed to", OutcomeStatus.NOT_MET, AskAction.OTHER, Pattern.compile(
      SUBJ + "\\s+(?:failed|refused|declined)\\s+to\\s+(?<verb>\\w+)"));

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

  /** Every outcome pattern, in the order they are tried. */
  static final List<OutcomePattern> ALL = List.of(DID_NOT, FAILED_TO, DECISION_NOT_TO, MET_WITH, ACCEPTED, REJECTED);
}
