package helsinki.core;

/** Who stands behind an extracted fact: the machine, or a person's decision. */
public enum ReviewState {
  SUGGESTED, CONFIRMED, CORRECTED, REJECTED
}
