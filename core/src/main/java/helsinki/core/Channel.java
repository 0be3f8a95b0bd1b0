package helsinki.core;

/** Whether an ask is to be carried out in public, in private or both. */
public enum Channel {
  PUBLIC, PRIVATE, BOTH
}
