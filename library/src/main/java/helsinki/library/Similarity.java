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

  private @Nullable ObjectSimilarity loaded;
  private String description = "not loaded yet";

  @Override
  public synchronized ObjectSimilarity get() {
    if (loaded == null) {
      try {
        loaded = new ObjectSimilarity(OnnxEmbedder.load());
        description = OnnxEmbedder.NAME;
      } catch (RuntimeException | UnsatisfiedLinkError | NoClassDefFoundError e) {
        loaded = ObjectSimilarity.lexical();
        description = "shared content words (the embedding model could not load: " + e + ")";
      }
    }
    return loaded;
  }

  /** What measures object similarity, and why words when the model could not load. */
  synchronized String describe() {
    return description;
  }
}
