package helsinki.store;

/** The items of a document that the link stage keys by actor. */
public enum LinkKind {
  ASK, OUTCOME, ENGAGEMENT
}
