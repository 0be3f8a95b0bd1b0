package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCacheTest {

  @TempDir Path dir;

  @Test
  void a_repeated_search_is_served_from_the_cache_until_the_index_changes() {
    try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      put(index, "d-1", "Police detained forty protesters in Minsk.", 1);
      SearchResults first = index.search(SearchQuery.of("detained"));
      assertThat(index.search(SearchQuery.of("detained"))).isSameAs(first);
      assertThat(index.search(new SearchQuery("detained", null, null, null, null, null, 5))).isNotSameAs(first);
      put(index, "d-2", "Two journalists were detained at the border.", 2);
      SearchResults after = index.search(SearchQuery.of("detained"));
      assertThat(after.total()).isEqualTo(2);
      assertThat(after.hits()).extracting(SearchHit::id).contains("d-2");
    }
  }

  @Test
  void the_least_recently_used_result_leaves_first_and_a_new_reader_empties_the_cache() throws IOException {
    SearchCache cache = new SearchCache(2);
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.commit();
      try (DirectoryReader one = DirectoryReader.open(directory); DirectoryReader two = DirectoryReader.open(directory)) {
        SearchResults r = new SearchResults(0, List.of(), List.of());
        cache.put(one, SearchQuery.of("a"), r);
        cache.put(one, SearchQuery.of("b"), r);
        assertThat(cache.get(one, SearchQuery.of("a"))).containsSame(r);
        cache.put(one, SearchQuery.of("c"), r);
        assertThat(cache.get(one, SearchQuery.of("b"))).isEmpty();
        assertThat(cache.get(one, SearchQuery.of("a"))).isPresent();
        assertThat(cache.get(two, SearchQuery.of("a"))).isEmpty();
        assertThat(cache.size()).isZero();
      }
    }
  }

  @Test
  void a_capacity_of_zero_keeps_nothing() throws IOException {
    SearchCache cache = new SearchCache(0);
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        cache.put(reader, SearchQuery.of("a"), new SearchResults(0, List.of(), List.of()));
        assertThat(cache.get(reader, SearchQuery.of("a"))).isEmpty();
      }
    }
  }

  @Test
  void the_capacity_comes_from_a_system_property_and_a_bad_one_is_refused() {
    String before = System.getProperty(SearchCache.CAPACITY_PROPERTY);
    try {
      System.clearProperty(SearchCache.CAPACITY_PROPERTY);
      assertThat(SearchCache.configuredCapacity()).isEqualTo(SearchCache.DEFAULT_CAPACITY);
      System.setProperty(SearchCache.CAPACITY_PROPERTY, "0");
      assertThat(SearchCache.configuredCapacity()).isZero();
      System.setProperty(SearchCache.CAPACITY_PROPERTY, "lots");
      assertThatThrownBy(SearchCache::configuredCapacity).isInstanceOf(StoreException.class)
          .hasMessage("helsinki.searchCache must be a number of entries, 0 or more, not 'lots'");
    } finally {
      if (before == null) {
        System.clearProperty(SearchCache.CAPACITY_PROPERTY);
      } else {
        System.setProperty(SearchCache.CAPACITY_PROPERTY, before);
      }
    }
  }

  private static void put(SearchIndex index, String id, String text, long seq) {
    Document d = TestDocs.doc(id, text, "Belarus Watch", DocumentKind.REPORT, LocalDate.of(2021, 3, 2));
    index.put(new StoredDocument(d, Visibility.PUBLIC, List.of("BY"), Instant.EPOCH, Instant.EPOCH, seq));
  }
}
