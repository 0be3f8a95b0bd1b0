package helsinki.ingest;

import helsinki.core.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dedupe keys: SHA-256 of the normalised text for exact duplicates, MinHash over word 5-shingles
 * for near-duplicates (re-publications with another header, a fixed typo, a trimmed footer).
 */
final class Fingerprints {

  static final int SLOTS = 128;
  private static final int SHINGLE = 5;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fingerprints() {}

  static Fingerprint of(String text) {
    String[] words = words(text);
    return new Fingerprint(sha256(String.join(" ", words)), minHash(words));
  }

  /** Lower-cased words with punctuation, quotes and dashes folded away, so typography does not matter. */
  static String[] words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String stripped = NON_WORD.matcher(folded).replaceAll(" ").strip();
    return stripped.isEmpty() ? new String[0] : stripped.split(" ");
  }

  private static int[] minHash(String[] words) {
    int[] slots = new int[SLOTS];
    java.util.Arrays.fill(slots, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.length - SHINGLE + 1);
    for (int s = 0; s < shingles && words.length > 0; s++) {
      long h = 1125899906842597L;
      for (int w = s; w < Math.min(words.length, s + SHINGLE); w++) {
        h = 31 * h + words[w].hashCode();
      }
      for (int i = 0; i < SLOTS; i++) {
        // One 64-bit mix per slot, seeded by the slot number, stands in for 128 independent hashes.
        int v = (int) (mix(h ^ (0x9E3779B97F4A7C15L * (i + 1))) >>> 33);
        if (v < slots[i]) {
          slots[i] = v;
        }
      }
    }
    return slots;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
