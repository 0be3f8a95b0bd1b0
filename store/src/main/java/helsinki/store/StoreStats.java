package helsinki.store;

import java.util.List;

/**
 * Counts over the whole library; each list is ordered by count, highest first.
 *
 * @param location where the database lives (a file path or a JDBC URL without password)
 */
public record StoreStats(
    long documents,
    long sources,
    long nearDuplicateLinks,
    List<LabelCount> byKind,
    List<LabelCount> byPublisher,
    List<LabelCount> byLanguage,
    List<LabelCount> byYear,
    String location) {

  public StoreStats {
    byKind = List.copyOf(byKind);
    byPublisher = List.copyOf(byPublisher);
    byLanguage = List.copyOf(byLanguage);
    byYear = List.copyOf(byYear);
  }
}
