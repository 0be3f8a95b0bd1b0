package helsinki.store;

/**
 * Locality-sensitive hashing of MinHash signatures: 21 bands of 6 slots. Two documents share at
 * least one band bucket with probability 1-(1-s^6)^21: 99.8% at similarity 0.8, 28% at 0.5 and
 * 1.5% at 0.3, so candidates at the 0.8 threshold are almost never missed while unrelated documents
 * are rarely compared.
 */
final class Bands {

  static final int BANDS = 21;
  static final int ROWS = 6;

  private Bands() {}

  /** The bucket of each band; fewer bands when the signature is short. */
  static long[] of(int[] minHash) {
    int bands = Math.min(BANDS, minHash.length / ROWS);
    long[] buckets = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0xCBF29CE484222325L;
      for (int r = 0; r < ROWS; r++) {
        h = (h ^ minHash[b * ROWS + r]) * 0x100000001B3L;
      }
      buckets[b] = h;
    }
    return buckets;
  }
}
