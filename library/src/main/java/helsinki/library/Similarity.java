package helsinki.library;

import helsinki.extract.link.ObjectSimilarity;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The link stage's object similarity, loaded when a library first links: the ONNX sentence-embedding
 * model, or shared words when the model cannot run on this machine (ONNX Runtime has no native
 * library for it), in which case {@link #describe()} says why and every link's rule says "(words)".
 */
final class Similarity implements Supplier<ObjectSimilarity> {

  private final LazyEmbedder embedder;
  private @Nullable ObjectSimilarity loaded;

  /** Similarity read with {@code embedder}, the one the analyzer's classifiers use. */
  Similarity(LazyEmbedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public synchronized ObjectSimilarity get() {
    if (loaded == null) {
      loaded = embedder.available() ? new ObjectSimilarity(embedder) : ObjectSimilarity.lexical();
    }
    return loaded;
  }

  /** What measures object similarity, and why words when the model could not load. */
  synchronized String describe() {
    if (loaded == null) {
      return "not loaded yet";
    }
    return embedder.available() ? embedder.describe() : "shared content words (" + embedder.describe() + ")";
  }
}
