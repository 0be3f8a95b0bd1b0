package helsinki.extract.link;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How alike two asked-for or reported objects are ("members of Russia's civil society" and "any of
 * Russia's civil society leaders"): the cosine of their sentence embeddings when an {@link Embedder}
 * is given, else the overlap of their content words. Each source has its own floor below which two
 * objects are about different things, because cosines of unrelated phrases sit well above zero.
 */
public final class ObjectSimilarity {

  /** Cosines of unrelated short phrases under MiniLM-class models fall mostly below this. */
  static final double EMBEDDING_FLOOR = 0.45;
  /** Two objects that share under a fifth of their content words are about different things. */
  static final double LEXICAL_FLOOR = 0.2;

  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as", "its", "it",
      "their", "his", "her", "our", "your", "any", "all", "both", "that", "this", "these", "those", "who", "which",
      "be", "is", "are", "was", "were", "will", "would", "not", "no", "such", "also", "about", "over", "into");

  private final @Nullable Embedder embedder;

  /** Similarity by {@code embedder}, or by shared words when it is null. */
  public ObjectSimilarity(@Nullable Embedder embedder) {
    this.embedder = embedder;
  }

  /** Similarity by shared content words only. */
  public static ObjectSimilarity lexical() {
    return new ObjectSimilarity(null);
  }

  /** Whether this similarity uses an embedding model. */
  public boolean embedded() {
    return embedder != null;
  }

  /** The similarity of two objects in [0, 1]; 0 when either is unknown. */
  public double of(@Nullable String a, @Nullable String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return 0;
    }
    if (embedder == null) {
      return words(a, b);
    }
    float[] x = embedder.embed(a);
    float[] y = embedder.embed(b);
    double dot = 0;
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      dot += x[i] * y[i];
    }
    return Math.max(0, Math.min(1, dot));
  }

  /** The similarity below which two objects are taken to be about different things. */
  public double floor() {
    return embedder == null ? LEXICAL_FLOOR : EMBEDDING_FLOOR;
  }

  /** Dice's coefficient over content-word stems. */
  static double words(String a, String b) {
    Set<String> x = stems(a);
    Set<String> y = stems(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    long shared = x.stream().filter(y::contains).count();
    return 2.0 * shared / (x.size() + y.size());
  }

  private static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      if (w.length() < 2 || STOP.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  /** A crude English stem (the plural only), enough to join "leaders" and "leader". */
  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") ? w.substring(0, w.length() - 1) : w;
  }
}
