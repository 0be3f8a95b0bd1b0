package helsinki.store;

/** An ask, outcome or engagement of a stored document, by the document's id and the item's id within it. */
public record ItemRef(String document, String item) {

  /** {@code documentId#itemId}, as FORMAT.md writes references across documents. */
  @Override
  public String toString() {
    return document + "#" + item;
  }
}
