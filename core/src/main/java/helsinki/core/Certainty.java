package helsinki.core;

/** How sure the source is that an event happened. */
public enum Certainty {
  CONFIRMED, REPORTED, ALLEGED, POSSIBLE
}
