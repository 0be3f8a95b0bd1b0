package helsinki.extract.link;

/**
 * Whether entity {@code entityA} of document {@code documentA} and entity {@code entityB} of document
 * {@code documentB} denote the same actor. The library answers it from its actors; tests from names.
 */
@FunctionalInterface
public interface SameActor {

  /** True when both entity ids (each within its own document) are one actor. */
  boolean test(String documentA, String entityA, String documentB, String entityB);
}
