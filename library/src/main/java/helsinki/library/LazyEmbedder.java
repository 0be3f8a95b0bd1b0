package helsinki.library;

import helsinki.extract.link.Embedder;
import org.jspecify.annotations.Nullable;

/**
 * The sentence embedder the strength classifier reads asks with, loaded when the first ask is labelled
 * (a few seconds); where ONNX Runtime cannot run it gives empty vectors, and the words alone decide.
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

  /** What the strength classifier reads beside the words, and why words alone when the model could not load. */
  synchronized String describe() {
    return description;
  }
}
