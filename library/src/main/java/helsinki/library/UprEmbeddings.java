package helsinki.library;

import helsinki.core.InputException;
import helsinki.extract.link.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sentence embeddings of the training recommendations, computed once and kept in a cache file
 * named by the training file's SHA-256 and the rows used, so that retraining reads them back (embedding
 * 30,000 recommendations takes minutes of CPU) and gives the same models. Texts not in the cache are
 * embedded by the model itself.
 */
final class UprEmbeddings implements Embedder {

  private final Map<String, float[]> known;
  private final Supplier<Embedder> model;

  private UprEmbeddings(Map<String, float[]> known, Supplier<Embedder> model) {
    this.known = known;
    this.model = model;
  }

  /** The embeddings of {@code recs}, read from {@code cacheDir} when cached there, else computed and cached. */
  static UprEmbeddings of(List<UprRecommendation> recs, String sha256, Path cacheDir, Supplier<Embedder> model)
      throws InputException {
    Path file = cacheDir.resolve("upr-embeddings-" + sha256.substring(0, 16) + "-" + recs.size() + ".bin");
    Map<String, float[]> known = Files.isRegularFile(file) ? read(file) : new HashMap<>();
    if (!recs.stream().allMatch(r -> known.containsKey(r.text()))) {
      Embedder e = model.get();
      recs.forEach(r -> known.computeIfAbsent(r.text(), e::embed));
      write(file, known);
    }
    return new UprEmbeddings(known, model);
  }

  @Override
  public float[] embed(String text) {
    float[] v = known.get(text);
    return v != null ? v : model.get().embed(text);
  }

  private static Map<String, float[]> read(Path file) throws InputException {
    Map<String, float[]> known = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        float[] v = new float[in.readInt()];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        known.put(text, v);
      }
      return known;
    } catch (IOException e) {
      throw new InputException(file.toString(),
          "the cached embeddings cannot be read (delete the file to recompute): " + e.getMessage(), e);
    }
  }

  private static void write(Path file, Map<String, float[]> known) throws InputException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(known.size());
        for (Map.Entry<String, float[]> e : known.entrySet()) {
          byte[] text = e.getKey().getBytes(StandardCharsets.UTF_8);
          out.writeInt(text.length);
          out.write(text);
          out.writeInt(e.getValue().length);
          for (float x : e.getValue()) {
            out.writeFloat(x);
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InputException(file.toString(), "the embeddings cannot be cached: " + e.getMessage(), e);
    }
  }
}
