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

  /** Who is asked: the letter's addressee ("you"), the one the {@code tgt} group names, or not stated. */
  enum Target { ADDRESSEE, NAMED, UNSTATED }

  /** A clause character: no sentence or clause stop, but the full stops of "U.S." and "U.N.". */
  private static final String CLAUSE = "(?:[^.;:]|(?<=\\b[A-Z])\\.)";
  private static final String WE = "\\b(?:[Ww]e|I)\\s+(?:\\w+\\s+){0,2}?";
  private static final String NAME = "(?:the\\s+)?[A-Z][\\w.’'-]*(?:[ \\t]+(?:of[ \\t]+)?[A-Z][\\w.’'-]*)*";

  /** "We urge you to", "we strongly call on you to", "I ask you to". */
  static final AskPattern WE_URGE_YOU = new AskPattern("we urge you to", Pattern.compile(
      WE + "(?:urge|call\\s+on|call\\s+upon|ask|encourage|request|implore)\\s+you\\s+to\\s+(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.ADDRESSEE);

  /** "It is imperative that you", "it is vital that, in your talks, you": the last "you" of the clause asks. */
  static final AskPattern IT_IS_VITAL_THAT_YOU = new AskPattern("it is vital that you", Pattern.compile(
      "\\b[Ii]t\\s+is\\s+(?:\\w+\\s+)?(?:imperative|vital|important|essential|critical|crucial|urgent)\\s+that\\b"
          + "[^.;:]{0,200}\\byou\\s+(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.ADDRESSEE);

  /** "We hope you will", "we sincerely hope that you will". */
  static final AskPattern WE_HOPE_YOU_WILL = new AskPattern("we hope you will", Pattern.compile(
      WE + "hope\\s+(?:that\\s+)?you\\s+will\\s+(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** "We join X in urging you to", "we join with the senators who have urged you to". */
  static final AskPattern WE_JOIN_IN_URGING = new AskPattern("we join in urging", Pattern.compile(
      WE + "join\\b" + CLAUSE + "{0,200}?\\b(?:in\\s+urging|in\\s+calling\\s+on|who\\s+(?:have\\s+|has\\s+)?(?:urged|called\\s+on|asked))"
          + "\\s+you\\s+to\\s+(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** "Now would be an important time for you to", "this is the moment for you to". */
  static final AskPattern TIME_FOR_YOU = new AskPattern("a time for you to", Pattern.compile(
      "\\b(?:[Nn]ow|[Tt]his)\\s+(?:would\\s+be|is|will\\s+be)\\s+(?:an?|the)\\s+(?:\\w+\\s+)?(?:time|moment|opportunity)"
          + "\\s+for\\s+you\\s+to\\s+(?<verb>\\w+)"), Requester.PUBLISHER, Target.ADDRESSEE);

  /** "We call on the Government of Uganda to", "we urge the authorities to". */
  static final AskPattern WE_CALL_ON = new AskPattern("we call on X to", Pattern.compile(
      WE + "(?:call\\s+on|call\\s+upon|urge)\\s+(?<tgt>" + NAME + "|the\\s+[a-z]+(?:\\s+[a-z]+)?)\\s+to\\s+(?<verb>\\w+)"),
      Requester.PUBLISHER, Target.NAMED);

  /** A press release's "X should press Y to Z": X is asked, Y is who should finally act. */
  static final AskPattern SHOULD_PRESS = new AskPattern("X should press Y to", Pattern.compile(
      "(?<tgt>" + NAME + ")\\s+should\\s+(?<verb>press|urge|call\\s+on)\\s+(?<cp>[^,.;]+?)\\s+to\\s+\\w+"),
      Requester.PUBLISHER, Target.NAMED);

  /** A reported ask: "the department had urged Russia to investigate", "the EU has called on Hanoi to". */
  static final AskPattern REPORTED_URGING = new AskPattern("X urged Y to", Pattern.compile(
      "(?<req>(?:the\\s+)?[A-Za-z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*)*)\\s+(?:had\\s+|has\\s+|have\\s+)?"
          + "(?:urged|called\\s+on|pressed|asked)\\s+(?<tgt>" + NAME + ")\\s+to\\s+(?<verb>\\w+)"),
      Requester.NAMED, Target.NAMED);

  /** A UN recommendation: "Repeal the law on … (Germany);", the recommending state in brackets. */
  static final AskPattern UN_RECOMMENDATION = new AskPattern("UN recommendation", Pattern.compile(
      "(?m)(?:^|(?<=;))\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?<verb>[A-Z][a-z]+)\\b[^;()]{3,600}?\\((?<req>[A-Z][^()]{1,60})\\)\\s*(?:[;.]|$)"),
      Requester.NAMED, Target.UNSTATED);

  /** Every ask pattern; where two match the same words, the earlier one in this list wins. */
  static final List<AskPattern> ALL = List.of(WE_JOIN_IN_URGING, WE_URGE_YOU, IT_IS_VITAL_THAT_YOU, WE_HOPE_YOU_WILL,
      TIME_FOR_YOU, WE_CALL_ON, SHOULD_PRESS, REPORTED_URGING, UN_RECOMMENDATION);
}
