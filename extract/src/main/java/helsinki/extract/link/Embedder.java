package helsinki.extract.link;

/**
 * Turns a short text into a unit-length vector whose dot product with another says how alike their
 * meanings are. Implementations load their model once and are shared; they must be thread-safe.
 */
@FunctionalInterface
public interface Embedder {

  /** The unit-length embedding of {@code text}. */
  float[] embed(String text);
}
