package helsinki.nlp.eval;

/**
 * A TIMEX3 for scoring: its extent in the document's plain text (end exclusive), type and value.
 */
public record Timex(int start, int end, String type, String value) {

  boolean overlaps(Timex other) {
    return start < other.end && other.start < end;
  }

  boolean sameExtent(Timex other) {
    return start == other.start && end == other.end;
  }
}
