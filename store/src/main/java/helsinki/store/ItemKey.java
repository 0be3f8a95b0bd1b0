package helsinki.store;

/**
 * How a review addresses an extracted item so that it survives re-analysis: its kind and its
 * evidence (offsets into the document's text and the quote at them; for an entity, its name and first mention).
 */
public record ItemKey(ItemKind kind, int start, int end, String quote) {

  public ItemKey {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
