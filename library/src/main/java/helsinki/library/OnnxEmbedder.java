package helsinki.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import helsinki.extract.link.Embedder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in-process by ONNX Runtime from the model
 * inside LangChain4j's jar: nothing is downloaded. Loading takes a few seconds, so a library loads it
 * once, when it first links. Recently embedded texts are remembered, because the linker compares one
 * object with many candidates and the same candidates again for the next document.
 */
final class OnnxEmbedder implements Embedder {

  /** The model's name, as link rules and figures report it. */
  static final String NAME = "all-MiniLM-L6-v2 (quantized, ONNX, in-process)";

  private static final int REMEMBERED = 4096;

  private final EmbeddingModel model;
  private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > REMEMBERED;
    }
  };

  private OnnxEmbedder(EmbeddingModel model) {
    this.model = model;
  }

  /** Loads the model from the classpath. */
  static OnnxEmbedder load() {
    return new OnnxEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  @Override
  public float[] embed(String text) {
    synchronized (recent) {
      float[] known = recent.get(text);
      if (known != null) {
        return known;
      }
    }
    float[] v = unit(model.embed(text).content().vector());
    synchronized (recent) {
      recent.put(text, v);
    }
    return v;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float[] u = new float[v.length];
    double n = Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / n);
    }
    return u;
  }
}
