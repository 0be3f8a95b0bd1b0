package helsinki.store;

/** Another document whose text is nearly the same, with the estimated Jaccard similarity (0 to 1). */
public record NearDuplicate(String documentId, double similarity) {}
