package helsinki.library;

import helsinki.extract.link.Embedder;
import org.jspecify.annotations.Nullable;

/**
 * The process's one sentence embedder, loaded when first used (a few seconds): the strength classifier
 * reads asks with it and the link stage compares objects with it, so the ONNX model is loaded once, not
 * once for each. Where ONNX Runtime cannot run it gives empty vectors, and words alone decide.
 */
final class LazyEmbedder implements Embedder {

  private @Nullable Embedder loaded;
  private boolean failed;
  private String description = "not loaded yet";

  @Override
  public float[] embed(String text) {
    Embedder model = model();
    return model == null ? new float[0] : model.embed(text);
  }

  /** Whether the model loaded (loading it now if it has not been tried). */
  boolean available() {
    return model() != null;
  }

  private synchronized @Nullable Embedder model() {
    if (loaded == null && !failed) {
      try {
        loaded = OnnxEmbedder.load();
        description = OnnxEmbedder.NAME;
      } catch (RuntimeException | UnsatisfiedLinkError | NoClassDefFoundError e) {
        // Analysis goes on without the embedding, as the link stage does (Similarity), and says why.
        failed = true;
        description = "words alone (the embedding model could not load: " + e + ")";
      }
    }
    return loaded;
  }

  /** Which model embeds, or why words alone when it could not load. */
  synchronized String describe() {
    return description;
  }
}
