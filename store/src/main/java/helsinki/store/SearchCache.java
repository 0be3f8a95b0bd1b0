package helsinki.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * The results of recent searches, like Solr's queryResultCache: keyed by the whole query (words,
 * filters, how many hits) and valid only for the index reader they were computed on, so that any
 * change to the index (a document put, removed, or the index cleared) empties it. Bounded, least
 * recently used first out; a capacity of 0 turns it off. Thread-safe.
 */
final class SearchCache {

  /** The system property that sets the capacity (entries); 0 turns the cache off. */
  static final String CAPACITY_PROPERTY = "helsinki.searchCache";
  static final int DEFAULT_CAPACITY = 512;

  private final int capacity;
  private final Map<SearchQuery, SearchResults> entries;
  private @Nullable IndexReader reader;

  SearchCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResults> eldest) {
        return size() > SearchCache.this.capacity;
      }
    };
  }

  /** The capacity the system property sets, else the default; a value that is not a number is refused. */
  static int configuredCapacity() {
    String value = System.getProperty(CAPACITY_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_CAPACITY;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Refused below, as a negative number is.
    }
    throw new StoreException(CAPACITY_PROPERTY + " must be a number of entries, 0 or more, not '" + value + "'");
  }

  /** The results of {@code query} on {@code current}, if they were kept. */
  synchronized Optional<SearchResults> get(IndexReader current, SearchQuery query) {
    if (capacity == 0) {
      return Optional.empty();
    }
    valid(current);
    return Optional.ofNullable(entries.get(query));
  }

  /** Keeps the results of {@code query} computed on {@code current}. */
  synchronized void put(IndexReader current, SearchQuery query, SearchResults results) {
    if (capacity == 0) {
      return;
    }
    valid(current);
    entries.put(query, results);
  }

  /** How many results are kept. */
  synchronized int size() {
    return entries.size();
  }

  private void valid(IndexReader current) {
    if (current != reader) {
      entries.clear();
      reader = current;
    }
  }
}
