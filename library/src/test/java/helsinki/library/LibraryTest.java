package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.store.SearchHit;
import helsinki.store.SearchQuery;
import helsinki.store.SearchResults;
import helsinki.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest, dedupe, show and the index, on a real library in a temporary folder. */
class LibraryTest {

  @TempDir Path dir;
  Library library;

  @BeforeEach
  void open() {
    library = Library.open(new LibraryLocation(dir.resolve("data"), null));
  }

  @AfterEach
  void close() {
    library.close();
  }

  @Test
  void a_folder_is_stored_one_record_per_document_and_every_record_is_searchable() throws IOException {
    TestCorpus.write(dir.resolve("in"), 12);
    List<ItemReport> heard = new ArrayList<>();
    IngestSummary s = library.ingest(List.of(dir.resolve("in").toString()), new IngestListener() {
      @Override
      public void item(ItemReport report, int done, int total) {
        heard.add(report);
        assertThat(total).isEqualTo(12);
      }
    });

    assertThat(s.count(IngestOutcome.NEW)).isEqualTo(12);
    assertThat(s.total()).isEqualTo(12);
    assertThat(heard).hasSize(12);
    assertThat(heard.get(0).input()).endsWith("doc-00000.txt");
    assertThat(library.stats().store().documents()).isEqualTo(12);
    assertThat(library.stats().indexedDocuments()).isEqualTo(12);
    String code = "z" + Long.toString(5 * 7919L, 36);
    assertThat(library.search(SearchQuery.of(code)).hits()).extracting(SearchHit::id)
        .containsExactly(heard.get(5).documentId());
  }

  @Test
  void the_same_text_from_another_source_becomes_a_second_source_of_one_record() throws IOException {
    Path a = write("a/letter.txt", TestCorpus.text(1, 200));
    Path b = write("b/copy-of-letter.txt", TestCorpus.text(1, 200));
    library.ingest(List.of(a.toString()), IngestListener.NONE);
    IngestSummary s = library.ingest(List.of(b.toString()), IngestListener.NONE);

    assertThat(s.count(IngestOutcome.DUPLICATE)).isEqualTo(1);
    assertThat(library.stats().store().documents()).isEqualTo(1);
    String id = library.search(SearchQuery.of("")).hits().get(0).id();
    assertThat(library.show(id).orElseThrow().sources()).extracting(r -> Path.of(r.source()).getFileName().toString())
        .containsExactly("letter.txt", "copy-of-letter.txt");
  }

  @Test
  void reading_a_source_again_with_the_same_text_changes_nothing() throws IOException {
    Path a = write("a.txt", TestCorpus.text(2, 200));
    library.ingest(List.of(a.toString()), IngestListener.NONE);
    IngestSummary again = library.ingest(List.of(a.toString()), IngestListener.NONE);

    assertThat(again.count(IngestOutcome.UNCHANGED)).isEqualTo(1);
    assertThat(library.stats().store().documents()).isEqualTo(1);
    assertThat(library.stats().store().sources()).isEqualTo(1);
  }

  @Test
  void a_source_whose_text_changed_updates_its_record_under_the_same_id() throws IOException {
    Path a = write("statement.txt", TestCorpus.text(3, 200) + "\nThe old closing line mentions zanzibar.\n");
    String id = library.ingest(List.of(a.toString()), listener()).failures().isEmpty() ? onlyId() : "";
    write("statement.txt", TestCorpus.text(33, 200) + "\nThe new closing line mentions kilimanjaro.\n");
    IngestSummary s = library.ingest(List.of(a.toString()), IngestListener.NONE);

    assertThat(s.count(IngestOutcome.UPDATED)).isEqualTo(1);
    assertThat(library.stats().store().documents()).isEqualTo(1);
    assertThat(library.show(id).orElseThrow().stored().document().text()).contains("kilimanjaro");
    assertThat(library.search(SearchQuery.of("kilimanjaro")).hits()).extracting(SearchHit::id).containsExactly(id);
    assertThat(library.search(SearchQuery.of("zanzibar")).hits()).isEmpty();
  }

  @Test
  void a_nearly_equal_text_is_stored_apart_and_both_records_name_each_other() throws IOException {
    String text = TestCorpus.text(4, 400);
    Path a = write("original.txt", text);
    Path b = write("republished.txt", text.replaceFirst("Demo report number 4", "Republished: demo report number 4"));
    library.ingest(List.of(a.toString()), IngestListener.NONE);
    IngestSummary s = library.ingest(List.of(b.toString()), IngestListener.NONE);

    assertThat(s.count(IngestOutcome.NEAR_DUPLICATE)).isEqualTo(1);
    assertThat(library.stats().store().documents()).isEqualTo(2);
    List<String> ids = library.search(SearchQuery.of("")).hits().stream().map(SearchHit::id).toList();
    DocumentView first = library.show(ids.get(0)).orElseThrow();
    assertThat(first.nearDuplicates()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(ids.get(1));
      assertThat(r.similarity()).isGreaterThanOrEqualTo(Dedupe.NEAR_THRESHOLD);
    });
    assertThat(library.show(ids.get(1)).orElseThrow().nearDuplicates()).extracting(DocumentView.Related::id)
        .containsExactly(ids.get(0));
  }

  @Test
  void unrelated_texts_are_not_linked() throws IOException {
    TestCorpus.write(dir.resolve("in"), 20);
    IngestSummary s = library.ingest(List.of(dir.resolve("in").toString()), IngestListener.NONE);
    assertThat(s.count(IngestOutcome.NEW)).isEqualTo(20);
    assertThat(library.stats().store().nearDuplicateLinks()).isZero();
  }

  @Test
  void bad_inputs_fail_one_line_each_and_the_good_ones_are_stored() throws IOException {
    Path good = write("good.txt", TestCorpus.text(5, 100));
    Path empty = write("empty.txt", "");
    Path missing = dir.resolve("missing.txt");
    IngestSummary s = library.ingest(List.of(missing.toString(), empty.toString(), good.toString()), IngestListener.NONE);

    assertThat(s.count(IngestOutcome.FAILED)).isEqualTo(2);
    assertThat(s.count(IngestOutcome.NEW)).isEqualTo(1);
    assertThat(s.failures()).extracting(ItemReport::message).allSatisfy(m -> assertThat(m).doesNotContain("\n"))
        .anySatisfy(m -> assertThat(m).contains("missing.txt").contains("no such file"))
        .anySatisfy(m -> assertThat(m).contains("empty.txt").contains("empty"));
  }

  @Test
  void a_rebuilt_index_answers_every_search_as_before() throws IOException {
    TestCorpus.write(dir.resolve("in"), 30);
    library.ingest(List.of(dir.resolve("in").toString()), IngestListener.NONE);
    List<String> queries = List.of("activists", "journalists trial", "foreign agents", "police", "");
    List<SearchResults> before = queries.stream().map(q -> library.search(new SearchQuery(q, null, null, null, null, null, 50))).toList();

    assertThat(library.reindex()).isEqualTo(30);

    List<SearchResults> after = queries.stream().map(q -> library.search(new SearchQuery(q, null, null, null, null, null, 50))).toList();
    for (int i = 0; i < queries.size(); i++) {
      assertThat(ids(after.get(i))).as(queries.get(i)).isEqualTo(ids(before.get(i)));
      assertThat(after.get(i).total()).isEqualTo(before.get(i).total());
      assertThat(after.get(i).facets()).isEqualTo(before.get(i).facets());
    }
    assertThat(before.get(0).total()).isPositive();
  }

  @Test
  void an_index_that_missed_changes_catches_up_when_the_library_opens() throws IOException {
    Path a = write("a.txt", TestCorpus.text(6, 100));
    library.ingest(List.of(a.toString()), IngestListener.NONE);
    library.close();
    // The index loses its files (as after a crash before its first commit); the store is whole.
    deleteTree(dir.resolve("data/index"));
    library = Library.open(new LibraryLocation(dir.resolve("data"), null));

    assertThat(library.stats().indexedDocuments()).isEqualTo(1);
    assertThat(library.search(SearchQuery.of("z" + Long.toString(6 * 7919L, 36))).total()).isEqualTo(1);
  }

  @Test
  void an_index_made_from_a_replaced_database_is_rebuilt_from_the_new_one() throws Exception {
    TestCorpus.write(dir.resolve("old"), 2);
    library.ingest(List.of(dir.resolve("old").toString()), IngestListener.NONE);
    library.close();
    for (String f : List.of("library.db", "library.db-wal", "library.db-shm")) {
      Files.deleteIfExists(dir.resolve("data").resolve(f));
    }
    // A new database filled by other means gets as far in change numbers as the old one had.
    Path fresh = write("fresh.txt", TestCorpus.text(99, 120));
    helsinki.ingest.Ingester ingester = new helsinki.ingest.Ingester(helsinki.ingest.IngestSettings.defaults());
    try (helsinki.store.Store store = helsinki.store.Store.open(helsinki.store.Store.sqliteUrl(dir.resolve("data/library.db")))) {
      store.transaction(tx -> {
        try {
          helsinki.core.Document d = ingester.read(fresh);
          tx.insert(d, helsinki.core.Visibility.PUBLIC, List.of(), java.time.Instant.now());
          tx.touch(d.id(), java.time.Instant.now());
          tx.touch(d.id(), java.time.Instant.now());
        } catch (helsinki.core.InputException e) {
          throw new IllegalStateException(e);
        }
        return null;
      });
      assertThat(store.lastChange()).isGreaterThanOrEqualTo(3);
    }
    library = Library.open(new LibraryLocation(dir.resolve("data"), null));

    assertThat(library.stats().indexedDocuments()).isEqualTo(1);
    assertThat(library.search(SearchQuery.of("")).hits()).extracting(SearchHit::source).containsExactly(fresh.toString());
  }

  @Test
  void while_one_library_writes_another_on_the_same_folder_can_search_and_show_but_not_ingest() throws IOException {
    Path a = write("a.txt", TestCorpus.text(7, 100));
    library.ingest(List.of(a.toString()), IngestListener.NONE);
    try (Library second = Library.open(new LibraryLocation(dir.resolve("data"), null))) {
      String id = second.search(SearchQuery.of("")).hits().get(0).id();
      assertThat(second.show(id)).isPresent();
      assertThatThrownBy(() -> second.ingest(List.of(a.toString()), IngestListener.NONE))
          .isInstanceOf(StoreException.class).hasMessageContaining("being written by another helsinki process");
    }
    assertThat(library.ingest(List.of(a.toString()), IngestListener.NONE).count(IngestOutcome.UNCHANGED)).isEqualTo(1);
  }

  @Test
  void urls_are_fetched_and_a_missing_page_fails_with_the_server_answer() throws IOException {
    String page = "<html><head><title>Statement on the trial of the editors</title></head><body><main><h1>Statement on"
        + " the trial of the editors</h1><p>" + TestCorpus.text(8, 120) + "</p></main></body></html>";
    try (TinyHttpServer server = new TinyHttpServer(java.util.Map.of("/statement", page))) {
      IngestSummary s = library.ingest(List.of(server.url("/statement"), server.url("/gone")), IngestListener.NONE);
      assertThat(s.count(IngestOutcome.NEW)).isEqualTo(1);
      assertThat(s.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("/gone").contains("404"));
      String id = library.search(SearchQuery.of("")).hits().get(0).id();
      assertThat(library.show(id).orElseThrow().sources()).extracting(r -> r.source())
          .containsExactly(server.url("/statement"));
    }
  }

  @Test
  void the_data_folder_comes_from_the_option_else_the_environment_else_the_default() {
    assertThat(LibraryLocation.resolve(Path.of("x"), null, "y").dataFolder()).isEqualTo(Path.of("x"));
    assertThat(LibraryLocation.resolve(null, null, "y").dataFolder()).isEqualTo(Path.of("y"));
    assertThat(LibraryLocation.resolve(null, "", " ").dataFolder()).isEqualTo(Path.of("helsinki-data"));
    assertThat(LibraryLocation.resolve(null, "jdbc:postgresql://h/db", null).jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
  }

  @Test
  void dates_may_be_a_year_a_month_or_a_day() throws Exception {
    assertThat(Dates.start("--from", "2017")).isEqualTo(java.time.LocalDate.of(2017, 1, 1));
    assertThat(Dates.end("--to", "2017")).isEqualTo(java.time.LocalDate.of(2017, 12, 31));
    assertThat(Dates.end("--to", "2016-02")).isEqualTo(java.time.LocalDate.of(2016, 2, 29));
    assertThat(Dates.start("--from", "2017-04-07")).isEqualTo(java.time.LocalDate.of(2017, 4, 7));
    assertThatThrownBy(() -> Dates.start("--from", "2017-13")).isInstanceOf(helsinki.core.InputException.class)
        .hasMessage("--from 2017-13: is not a date; write 2017, 2017-04 or 2017-04-07");
  }

  private String onlyId() {
    return library.search(SearchQuery.of("")).hits().get(0).id();
  }

  private static IngestListener listener() {
    return IngestListener.NONE;
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void a_russian_document_is_stored_with_its_language_beside_an_english_one() throws IOException {
    Path ru = write("ru/zayavlenie.txt", "Заявление о задержании журналистов\n\n"
        + "Правозащитная группа призывает власти немедленно освободить всех задержанных журналистов "
        + "и расследовать сообщения о жестоком обращении с ними во время задержания. Мы также просим "
        + "прокуратуру прекратить уголовное преследование участников мирных собраний.");
    Path en = write("en/statement.txt", TestCorpus.text(3, 200));
    IngestSummary s = library.ingest(List.of(ru.toString(), en.toString()), IngestListener.NONE);

    assertThat(s.count(IngestOutcome.NEW)).isEqualTo(2);
    SearchResults found = library.search(SearchQuery.of("журналистов"));
    assertThat(found.hits()).hasSize(1);
    assertThat(library.show(found.hits().get(0).id()).orElseThrow().stored().document().language()).isEqualTo("ru");
    assertThat(library.search(SearchQuery.of("")).facets())
        .filteredOn(f -> f.dimension().equals("language"))
        .flatExtracting(f -> f.counts())
        .extracting(c -> c.label())
        .containsExactlyInAnyOrder("ru", "en");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
