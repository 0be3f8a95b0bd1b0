package helsinki.core;

import java.util.Arrays;

/**
 * What dedupe compares: a hash of the normalised text (equal means the same document) and a MinHash
 * signature over word shingles (the share of equal slots estimates Jaccard similarity).
 */
public record Fingerprint(String textHash, int[] minHash) {

  public Fingerprint {
    minHash = minHash.clone();
  }

  @Override
  public int[] minHash() {
    return minHash.clone();
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, from 0 to 1. */
  public double similarity(Fingerprint other) {
    int n = Math.min(minHash.length, other.minHash.length);
    if (n == 0) {
      return textHash.equals(other.textHash) ? 1 : 0;
    }
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (minHash[i] == other.minHash[i]) {
        same++;
      }
    }
    return (double) same / n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.textHash.equals(textHash) && Arrays.equals(f.minHash, minHash);
  }

  @Override
  public int hashCode() {
    return textHash.hashCode() * 31 + Arrays.hashCode(minHash);
  }

  @Override
  public String toString() {
    return "Fingerprint[" + textHash + ", " + minHash.length + " slots]";
  }
}
