package helsinki.store;

/** The kinds of extracted item that a person can review (FORMAT.md's lists of an analysis). */
public enum ItemKind {
  ENTITY, EVENT, ENGAGEMENT, ASK, OUTCOME
}
