package helsinki.store;

/** A document that shares a MinHash band with a new one, with its signature to compare. */
public record Candidate(String documentId, int[] minHash) {

  public Candidate {
    minHash = minHash.clone();
  }

  @Override
  public int[] minHash() {
    return minHash.clone();
  }
}
