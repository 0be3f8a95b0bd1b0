package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Visibility;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  @TempDir Path dir;
  SearchIndex index;
  long seq;

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir.resolve("index"));
    put("d-1", "Police detained forty protesters in Minsk after the rally. The detained protesters were beaten.",
        "Belarus Watch", DocumentKind.REPORT, LocalDate.of(2021, 3, 2), List.of("BY"));
    put("d-2", "We urge the minister to release the journalists held since January.",
        "Press Freedom Now", DocumentKind.LETTER, LocalDate.of(2022, 6, 1), List.of("TR"));
    put("d-3", "Protesters gathered peacefully in Tbilisi; no one was detained.",
        "Belarus Watch", DocumentKind.NEWS, LocalDate.of(2023, 1, 15), List.of("GE", "BY"));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void words_match_by_stem_and_rank_the_closest_document_first() {
    SearchResults r = index.search(SearchQuery.of("detained protesters"));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly("d-1", "d-3");
    assertThat(r.hits().get(0).publisher()).isEqualTo("Belarus Watch");
    assertThat(r.hits().get(0).published()).isEqualTo(LocalDate.of(2021, 3, 2));
  }

  @Test
  void snippets_mark_the_matched_words() {
    Snippet s = index.search(SearchQuery.of("journalists")).hits().get(0).snippet();
    assertThat(s.highlights()).hasSize(1);
    assertThat(s.marked("[", "]")).contains("release the [journalists] held");
  }

  @Test
  void facets_count_every_match_not_only_the_returned_page() {
    SearchResults r = index.search(new SearchQuery("protesters", null, null, null, null, null, 1));
    assertThat(r.hits()).hasSize(1);
    assertThat(facet(r, "publisher")).containsExactly(new LabelCount("Belarus Watch", 2));
    assertThat(facet(r, "country")).containsExactlyInAnyOrder(new LabelCount("BY", 2), new LabelCount("GE", 1));
    assertThat(facet(r, "year")).containsExactlyInAnyOrder(new LabelCount("2021", 1), new LabelCount("2023", 1));
    assertThat(facet(r, "kind")).containsExactlyInAnyOrder(new LabelCount("REPORT", 1), new LabelCount("NEWS", 1));
  }

  @Test
  void filters_narrow_by_country_kind_publisher_and_dates() {
    assertThat(ids(new SearchQuery("", "by", null, null, null, null, 10))).containsExactlyInAnyOrder("d-1", "d-3");
    assertThat(ids(new SearchQuery("", null, DocumentKind.LETTER, null, null, null, 10))).containsExactly("d-2");
    assertThat(ids(new SearchQuery("", null, null, "belarus watch", null, null, 10))).containsExactlyInAnyOrder("d-1", "d-3");
    assertThat(ids(new SearchQuery("", null, null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), 10)))
        .containsExactly("d-2");
    assertThat(ids(new SearchQuery("protesters", null, null, null, LocalDate.of(2023, 1, 15), null, 10))).containsExactly("d-3");
  }

  @Test
  void a_language_filter_keeps_only_documents_in_that_language() {
    Document en = TestDocs.doc("d-5", "Observers counted the ballots in Kazan.", null, DocumentKind.NEWS, null);
    Document ru = new Document(en.id(), en.source(), en.mediaType(), en.title(), null, null, List.of(), null, "ru",
        en.kind(), List.of(), en.text(), List.of(), en.fingerprint());
    index.put(new StoredDocument(ru, Visibility.PUBLIC, List.of("RU"), Instant.EPOCH, Instant.EPOCH, ++seq));

    assertThat(ids(new SearchQuery("", null, null, null, null, null, "ru", 10))).containsExactly("d-5");
    assertThat(ids(new SearchQuery("", null, null, null, null, null, "en", 10))).containsExactlyInAnyOrder("d-1", "d-2", "d-3");
    assertThat(ids(new SearchQuery("ballots", null, null, null, null, null, "en", 10))).isEmpty();
  }

  @Test
  void the_country_facet_lists_every_country_not_only_the_top_ten() {
    for (int i = 0; i < 14; i++) {
      String code = String.valueOf((char) ('A' + i)) + "Q";
      put("c-" + i, "Monitoring note " + i + " about elections.", null, DocumentKind.NEWS, null, List.of(code));
    }
    assertThat(facet(index.search(SearchQuery.of("")), "country")).hasSize(14 + 3);
    assertThat(facet(index.search(SearchQuery.of("")), "publisher")).hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void query_syntax_errors_are_searched_as_plain_words() {
    assertThat(ids(SearchQuery.of("journalists (held"))).containsExactly("d-2");
  }

  @Test
  void a_reopened_index_knows_the_last_change_it_committed() {
    index.commit(2, "s1");
    put("d-4", "Uncommitted text about elections.", null, DocumentKind.OTHER, null, List.of());
    index.close();
    index = SearchIndex.open(dir.resolve("index"));
    assertThat(index.indexedChange()).isEqualTo(2);
    assertThat(index.committedStore()).contains("s1");
    assertThat(index.count()).isEqualTo(3);
  }

  @Test
  void putting_a_document_again_replaces_it() {
    put("d-2", "A new text about prisons.", "Press Freedom Now", DocumentKind.LETTER, null, List.of());
    assertThat(index.count()).isEqualTo(3);
    assertThat(ids(SearchQuery.of("journalists"))).isEmpty();
    assertThat(ids(SearchQuery.of("prisons"))).containsExactly("d-2");
  }

  @Test
  void a_second_opener_before_any_commit_gets_a_one_line_error() {
    assertThatThrownBy(() -> SearchIndex.open(dir.resolve("index")))
        .isInstanceOf(StoreException.class).hasMessageContaining("being written by another helsinki process");
  }

  @Test
  void a_second_opener_searches_the_last_commit_read_only_and_cannot_write() {
    index.commit(3, "s1");
    try (SearchIndex reader = SearchIndex.open(dir.resolve("index"))) {
      assertThat(reader.writable()).isFalse();
      assertThat(reader.indexedChange()).isEqualTo(3);
      assertThat(reader.search(SearchQuery.of("journalists")).hits()).extracting(SearchHit::id).containsExactly("d-2");
      assertThatThrownBy(() -> reader.commit(4, "s1")).isInstanceOf(StoreException.class)
          .hasMessageContaining("being written by another helsinki process");
    }
    assertThat(index.writable()).isTrue();
  }

  private List<String> ids(SearchQuery q) {
    return index.search(q).hits().stream().map(SearchHit::id).toList();
  }

  private static List<LabelCount> facet(SearchResults r, String dim) {
    return r.facets().stream().filter(f -> f.dimension().equals(dim)).findFirst().orElseThrow().counts();
  }

  private void put(String id, String text, String publisher, DocumentKind kind, LocalDate date, List<String> countries) {
    Document d = TestDocs.doc(id, text, publisher, kind, date);
    index.put(new StoredDocument(d, Visibility.PUBLIC, countries, Instant.EPOCH, Instant.EPOCH, ++seq));
  }
}
