package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.Fingerprint;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import helsinki.core.Visibility;
import helsinki.extract.link.ObjectSimilarity;
import helsinki.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asks listing read a page at a time (what /api/asks serves): every page is the matching slice
 * of the whole listing, in the same order, with the same filters, over letters dated out of order,
 * one undated, with more than nine asks (so that "A10" must follow "A9") and reports that answer some.
 */
class AskPagingTest {

  private static final Instant NOW = Instant.parse("2021-04-01T00:00:00Z");

  @TempDir Path dir;
  private Store store;
  private final ActorIdentity actors = new NamedActors();
  private final Linker linker = new Linker(actors, ObjectSimilarity::lexical);

  @BeforeEach
  void open() {
    store = Store.open(Store.sqliteUrl(dir.resolve("library.db")));
    keep(letter("d-b", LocalDate.of(2021, 3, 2), "Anna Berg", 11));
    keep(letter("d-a", LocalDate.of(2021, 3, 2), "Marek Nowak", 3));
    keep(letter("d-c", LocalDate.of(2020, 1, 5), "Anna Berg", 2));
    keep(letter("d-u", null, "Marek Nowak", 2));
    keep(report("d-r", LocalDate.of(2021, 3, 20), "Berg"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void every_page_is_the_slice_of_the_whole_listing_at_its_offset() {
    Listings listings = new Listings(store, actors);
    for (AskFilter filter : List.of(AskFilter.all(), new AskFilter("Berg", null, null, null),
        new AskFilter(null, null, OutcomeStatus.NOT_MET, null), new AskFilter(null, null, OutcomeStatus.OPEN, null))) {
      List<String> whole = ids(listings.asks(filter));
      assertThat(whole).isNotEmpty();
      for (int limit : new int[] {1, 3, 7, 100}) {
        List<String> paged = new ArrayList<>();
        AskPage page;
        int offset = 0;
        do {
          page = listings.page(filter, a -> true, offset, limit);
          assertThat(page.asks()).hasSizeLessThanOrEqualTo(limit);
          paged.addAll(ids(page.asks()));
          offset += limit;
        } while (page.more());
        assertThat(paged).as("%s by %d", filter, limit).isEqualTo(whole);
      }
    }
  }

  @Test
  void pages_are_the_same_whatever_rows_the_index_is_read_in_even_fewer_than_a_document_has() {
    List<String> whole = ids(new Listings(store, actors).asks(AskFilter.all()));
    AskFilter notMet = new AskFilter(null, null, OutcomeStatus.NOT_MET, null);
    List<String> answered = ids(new Listings(store, actors).asks(notMet));
    assertThat(answered).hasSizeGreaterThan(1);
    for (int batch : new int[] {1, 2, 5, 13}) {
      Listings listings = new Listings(store, actors, batch);
      assertThat(ids(listings.page(AskFilter.all(), a -> true, 0, 1000).asks())).as("by %d", batch).isEqualTo(whole);
      assertThat(ids(listings.page(AskFilter.all(), a -> true, 4, 6).asks())).isEqualTo(whole.subList(4, 10));
      assertThat(ids(listings.page(notMet, a -> true, 0, 1000).asks())).isEqualTo(answered);
      assertThat(ids(listings.page(notMet, a -> true, 1, 1).asks())).isEqualTo(answered.subList(1, 2));
    }
  }

  @Test
  void one_ask_is_found_as_the_whole_listing_shows_it_and_nothing_else_is() {
    Listings listings = new Listings(store, actors);
    for (AskView a : listings.asks(AskFilter.all())) {
      assertThat(listings.ask(a.document(), a.ask().id())).contains(a);
    }
    assertThat(listings.ask("d-b", "A12")).isEmpty();
    assertThat(listings.ask("d-r", "O1")).as("an outcome is not an ask").isEmpty();
    assertThat(listings.ask("d-none", "A1")).isEmpty();
  }

  @Test
  void the_listing_orders_by_date_then_document_then_ask_number_with_undated_documents_last() {
    List<String> first = ids(new Listings(store, actors).page(AskFilter.all(), a -> true, 0, 5).asks());
    assertThat(first).containsExactly("d-c#A1", "d-c#A2", "d-a#A1", "d-a#A2", "d-a#A3");
    List<String> rest = ids(new Listings(store, actors).page(AskFilter.all(), a -> true, 5, 100).asks());
    assertThat(rest.subList(8, 11)).containsExactly("d-b#A9", "d-b#A10", "d-b#A11");
    assertThat(rest.subList(11, 13)).containsExactly("d-u#A1", "d-u#A2");
  }

  @Test
  void a_test_of_the_caller_filters_before_paging() {
    AskPage page = new Listings(store, actors).page(AskFilter.all(), a -> a.ask().action() == AskAction.MEET, 1, 2);
    assertThat(page.asks()).extracting(a -> a.ask().action()).containsOnly(AskAction.MEET).hasSize(2);
    List<String> meets = new Listings(store, actors).asks(AskFilter.all()).stream()
        .filter(a -> a.ask().action() == AskAction.MEET).map(a -> a.document() + "#" + a.ask().id()).toList();
    assertThat(ids(page.asks())).isEqualTo(meets.subList(1, 3));
    assertThat(page.more()).isEqualTo(meets.size() > 3);
  }

  @Test
  void a_page_by_status_lists_the_asks_whose_latest_outcome_has_it_as_the_whole_listing_does() {
    keep(report("d-s", LocalDate.of(2021, 3, 25), "Berg", OutcomeStatus.MET));
    keep(report("d-v", null, "Berg", OutcomeStatus.PARTIALLY_MET));
    Listings listings = new Listings(store, actors);
    assertThat(ids(listings.asks(new AskFilter(null, null, OutcomeStatus.MET, null)))).as("the later report wins").isNotEmpty();
    for (OutcomeStatus status : OutcomeStatus.values()) {
      AskFilter filter = new AskFilter(null, null, status, null);
      assertThat(ids(listings.page(filter, a -> true, 0, 1000).asks())).as("%s", status).isEqualTo(ids(listings.asks(filter)));
    }
    assertThat(listings.page(new AskFilter(null, null, OutcomeStatus.NOT_MET, null), a -> true, 0, 1000).asks())
        .as("an earlier outcome no longer decides").isEmpty();
  }

  @Test
  void a_target_no_ask_names_gives_an_empty_last_page() {
    AskPage page = new Listings(store, actors).page(new AskFilter("Nobody Known", null, null, null), a -> true, 0, 10);
    assertThat(page.asks()).isEmpty();
    assertThat(page.more()).isFalse();
  }

  private static List<String> ids(List<AskView> asks) {
    return asks.stream().map(a -> a.document() + "#" + a.ask().id()).toList();
  }

  private static Evidence quote(String q) {
    return new Evidence(0, q.length(), q);
  }

  /** A letter to {@code official} with {@code n} asks, meeting lawyers and raising cases in turn. */
  private static Analysis letter(String id, @Nullable LocalDate published, String official, int n) {
    List<Entity> entities = List.of(new Entity("E1", EntityType.PERSON, official, List.of(), List.of("Minister"), null, List.of()),
        new Entity("E2", EntityType.ORGANIZATION, "Baltic Rights Watch", List.of(), List.of(), null, List.of()));
    List<Ask> asks = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      AskAction action = i % 2 == 1 ? AskAction.MEET : AskAction.RAISE;
      String object = i % 2 == 1 ? "with the lawyers of jailed journalists" : "the case of prisoner " + i;
      asks.add(new Ask("A" + i, "E2", "E1", action, object, List.of(), null, null, null, null, List.of(),
          quote("we urge you to " + object)));
    }
    return analysis(id, published, DocumentKind.LETTER, entities, asks, List.of());
  }

  /** A report that {@code official} did not meet the lawyers. */
  private static Analysis report(String id, LocalDate published, String official) {
    return report(id, published, official, OutcomeStatus.NOT_MET);
  }

  /** A report that {@code official}'s meeting with the lawyers came to {@code status}. */
  private static Analysis report(String id, @Nullable LocalDate published, String official, OutcomeStatus status) {
    List<Entity> entities = List.of(new Entity("E1", EntityType.PERSON, official, List.of(), List.of(), null, List.of()));
    Outcome not = new Outcome("O1", "E1", AskAction.MEET, "with any of the journalists' lawyers", status, null,
        List.of(), quote("she did not meet with any of the journalists' lawyers"));
    return analysis(id, published, DocumentKind.NEWS, entities, List.of(), List.of(not));
  }

  private static Analysis analysis(String id, @Nullable LocalDate published, DocumentKind kind, List<Entity> entities,
      List<Ask> asks, List<Outcome> outcomes) {
    return new Analysis(Analysis.FORMAT, id, id + ".txt", null, null, null, List.of(), published, "en", kind, List.of(),
        "text of " + id, List.of(), List.of(), List.of(), entities, List.of(), List.of(), asks, outcomes);
  }

  private void keep(Analysis a) {
    Document d = new Document(a.id(), a.source(), "text/plain", null, null, null, List.of(), a.published(), "en", a.kind(),
        List.of(), a.text(), List.of(), new Fingerprint(a.id(), new int[0]));
    store.transaction(tx -> {
      tx.insert(d, Visibility.PUBLIC, List.of(), NOW);
      return tx.saveAnalysis(a, "test", NOW);
    });
    linker.link(store, a);
  }
}
