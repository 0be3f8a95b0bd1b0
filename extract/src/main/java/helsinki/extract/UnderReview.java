package helsinki.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state a UN review report is about, as its recommendation lists' lead-ins name it ("The following
 * recommendations will be examined by Chile", "... did not enjoy the support of the Comoros"), or else as
 * its opening does ("The review of Afghanistan was held at ...").
 */
final class UnderReview {

  /** A capitalised word; a full stop only inside it ("U.S."), never at its end ("of Dominica. It was"). */
  private static final String WORD = "(?:\\p{Lu}|d[’']\\p{Lu})(?:[\\p{L}’'-]|\\.(?=\\p{L}))*";
  private static final String NAME = "(?<name>(?:the\\s+)?(?:former\\s+)?" + WORD
      + "(?:\\s+(?:(?:of|the|and|de|del)\\s+)*" + WORD + ")*(?:\\s+\\([\\p{L} ]+\\))?)";
  private static final Pattern LEAD_IN = Pattern.compile(
      "\\b(?:examined\\s+by|(?:enjoys?|enjoyed|have|has)\\s+(?:the\\s+)?support\\s+of|supported\\s+by|noted\\s+by"
          + "|accepted\\s+by|rejected\\s+by|made\\s+to|addressed\\s+to)\\s+" + NAME);
  private static final Pattern REVIEW_OF = Pattern.compile("\\b[Tt]he\\s+review\\s+of\\s+" + NAME + "\\s+(?:was|took)");
  /** How far before a list its lead-in may be. */
  private static final int LEAD_IN_REACH = 1500;

  private UnderReview() {}

  /** The name of the state that the list starting at {@code listStart} is addressed to, as written. */
  static Optional<String> find(String text, int listStart) {
    Matcher lead = LEAD_IN.matcher(text).region(Math.max(0, listStart - LEAD_IN_REACH), listStart);
    String last = null;
    while (lead.find()) {
      // "enjoy the support of the State party" names no state.
      last = lead.group("name").equals("the State") ? last : lead.group("name");
    }
    if (last != null) {
      return Optional.of(last);
    }
    Matcher review = REVIEW_OF.matcher(text);
    return review.find() ? Optional.of(review.group("name")) : Optional.empty();
  }
}
