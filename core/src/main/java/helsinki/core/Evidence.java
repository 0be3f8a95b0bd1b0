package helsinki.core;

/** Where a fact was read: offsets into the document's text and the quote itself, so readers need not trust offsets. */
public record Evidence(int start, int end, String quote) {

  /** The evidence for {@code text[start, end)}. */
  public static Evidence of(String text, int start, int end) {
    return new Evidence(start, end, text.substring(start, end));
  }
}
