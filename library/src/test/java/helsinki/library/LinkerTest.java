package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.Fingerprint;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import helsinki.core.Place;
import helsinki.core.Visibility;
import helsinki.core.When;
import helsinki.extract.link.ObjectSimilarity;
import helsinki.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link stage over a real SQLite store, on hand-made analyses of a letter and two later reports
 * (own sentences), with word similarity so that no model is loaded: which asks an outcome answers,
 * whichever document arrives first, and what the listings then say.
 */
class LinkerTest {

  private static final Instant NOW = Instant.parse("2021-04-01T00:00:00Z");

  @TempDir Path dir;
  private Store store;
  private final ActorIdentity actors = new NamedActors();
  private final Linker linker = new Linker(actors, ObjectSimilarity::lexical);

  @BeforeEach
  void open() {
    store = Store.open(Store.sqliteUrl(dir.resolve("library.db")));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Evidence quote(String q) {
    return new Evidence(0, q.length(), q);
  }

  /** A letter of 2 March 2021 urging Minister Anna Berg, before her visit to Azerbaijan, to meet lawyers and raise a case. */
  private static Analysis letter() {
    List<Entity> entities = List.of(
        new Entity("E1", EntityType.PERSON, "Anna Berg", List.of("Minister Berg"), List.of("Foreign Minister"), "SE", List.of()),
        new Entity("E2", EntityType.ORGANIZATION, "Baltic Rights Watch", List.of(), List.of(), null, List.of()),
        new Entity("E3", EntityType.GOVERNMENT, "Azerbaijani authorities", List.of(), List.of(), "AZ", List.of()));
    Engagement visit = new Engagement("G1", EngagementType.VISIT, "E1", List.of(), new Place("Azerbaijan", "AZ", null), null,
        quote("your upcoming visit to Azerbaijan"));
    Ask meet = new Ask("A1", "E2", "E1", AskAction.MEET, "with the lawyers of jailed journalists", List.of(), null, "G1", null,
        null, List.of(), quote("we urge you to meet with the lawyers of jailed journalists"));
    Ask raise = new Ask("A2", "E2", "E1", AskAction.RAISE, "the case of Tofig Yagublu", List.of("E3"), null, "G1", null, null,
        List.of(), quote("we urge you to raise the case of Tofig Yagublu with the Azerbaijani authorities"));
    return analysis("d-letter", LocalDate.of(2021, 3, 2), DocumentKind.LETTER, entities, List.of(visit), List.of(meet, raise),
        List.of());
  }

  /** A report of 20 March 2021: on her visit Berg met the foreign minister in Baku on 16 March but no journalists' lawyers. */
  private static Analysis report() {
    List<Entity> entities = List.of(
        new Entity("E1", EntityType.PERSON, "Berg", List.of("Minister Berg"), List.of(), "SE", List.of()));
    Engagement met = new Engagement("G1", EngagementType.MEETING, "E1", List.of(), new Place("Baku", "AZ", null),
        new When("16 March 2021", LocalDate.of(2021, 3, 16), LocalDate.of(2021, 3, 16)), quote("Berg met the minister in Baku"));
    Engagement visit = new Engagement("G2", EngagementType.VISIT, "E1", List.of(), new Place("Azerbaijan", "AZ", null), null,
        quote("Berg's visit to Azerbaijan"));
    Outcome not = new Outcome("O1", "E1", AskAction.MEET, "with any of the journalists' lawyers", OutcomeStatus.NOT_MET, "G2",
        List.of(), quote("she did not meet with any of the journalists' lawyers"));
    return analysis("d-report", LocalDate.of(2021, 3, 20), DocumentKind.NEWS, entities, List.of(met, visit), List.of(),
        List.of(not));
  }

  /** Another minister's trip, reported the same day: not meeting lawyers there answers nothing of Berg's. */
  private static Analysis otherTrip() {
    List<Entity> entities = List.of(new Entity("E1", EntityType.PERSON, "Marek Nowak", List.of(), List.of(), "PL", List.of()));
    Outcome not = new Outcome("O1", "E1", AskAction.MEET, "with any of the journalists' lawyers", OutcomeStatus.NOT_MET, null,
        List.of(), quote("Nowak did not meet with any of the journalists' lawyers"));
    return analysis("d-other", LocalDate.of(2021, 3, 20), DocumentKind.NEWS, entities, List.of(), List.of(), List.of(not));
  }

  private static Analysis analysis(String id, LocalDate published, DocumentKind kind, List<Entity> entities,
      List<Engagement> engagements, List<Ask> asks, List<Outcome> outcomes) {
    return new Analysis(Analysis.FORMAT, id, id + ".txt", null, null, null, List.of(), published, "en", kind, List.of(),
        "text of " + id, List.of(), List.of(), List.of(), entities, List.of(), engagements, asks, outcomes);
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

  private List<AskView> asks(AskFilter filter) {
    return new Listings(store, actors).asks(filter);
  }

  @Test
  void a_later_report_of_not_meeting_makes_the_ask_to_meet_not_met_and_leaves_the_other_open() {
    keep(letter());
    keep(report());
    keep(otherTrip());
    List<AskView> asks = asks(new AskFilter("Berg", null, null, null));
    assertThat(asks).extracting(v -> v.ask().id(), AskView::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", OutcomeStatus.NOT_MET),
            org.assertj.core.groups.Tuple.tuple("A2", OutcomeStatus.OPEN));
    assertThat(asks.get(0).outcomes()).as("Nowak's trip answers nothing of Berg's").hasSize(1);
    LinkedOutcome evidence = asks.get(0).outcomes().get(0);
    assertThat(evidence.document()).isEqualTo("d-report");
    assertThat(evidence.outcome().evidence().quote()).isEqualTo("she did not meet with any of the journalists' lawyers");
    assertThat(evidence.outcome().answers()).containsExactly("d-letter#A1");
    assertThat(asks.get(0).targetName()).isEqualTo("Anna Berg");
  }

  @Test
  void the_links_and_engagements_are_the_same_whichever_document_arrives_first() {
    keep(otherTrip());
    keep(report());
    keep(letter());
    assertThat(asks(AskFilter.all())).extracting(v -> v.ask().id(), AskView::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", OutcomeStatus.NOT_MET),
            org.assertj.core.groups.Tuple.tuple("A2", OutcomeStatus.OPEN));
    assertThat(new Listings(store, actors).engagements(null)).as("the letter's visit joins the report's two into one")
        .singleElement().satisfies(g -> assertThat(g.members()).hasSize(3));
  }

  @Test
  void the_upcoming_visit_and_the_meeting_reported_in_baku_are_one_library_engagement() {
    keep(letter());
    keep(report());
    List<EngagementView> engagements = new Listings(store, actors).engagements("Berg");
    assertThat(engagements).singleElement().satisfies(g -> {
      assertThat(g.members()).extracting(EngagementView.Member::document).containsExactly("d-letter", "d-report", "d-report");
      assertThat(g.types()).containsExactlyInAnyOrder(EngagementType.VISIT, EngagementType.MEETING);
      assertThat(g.asks()).containsExactly("d-letter#A1", "d-letter#A2");
    });
    String id = engagements.get(0).id();
    assertThat(asks(new AskFilter(null, null, null, id))).hasSize(2);
    assertThat(asks(new AskFilter(null, null, null, "d-report#G2"))).hasSize(2);
    assertThat(asks(new AskFilter(null, null, null, "g-0000000000"))).isEmpty();
    assertThat(new Listings(store, actors).engagements("Nowak")).isEmpty();
  }

  @Test
  void filters_select_by_target_requester_and_status() {
    keep(letter());
    keep(report());
    assertThat(asks(new AskFilter("Anna Berg", null, null, null))).hasSize(2);
    assertThat(asks(new AskFilter("Nowak", null, null, null))).isEmpty();
    assertThat(asks(new AskFilter(null, "Baltic Rights Watch", null, null))).hasSize(2);
    assertThat(asks(new AskFilter(null, "Amnesty", null, null))).isEmpty();
    assertThat(asks(new AskFilter(null, null, OutcomeStatus.NOT_MET, null))).extracting(v -> v.ask().id()).containsExactly("A1");
    assertThat(asks(new AskFilter(null, null, OutcomeStatus.OPEN, null))).extracting(v -> v.ask().id()).containsExactly("A2");
  }

  @Test
  void a_relink_after_forgetting_everything_finds_the_same_links() {
    keep(letter());
    keep(report());
    assertThat(linker.relinkAll(store)).isEqualTo(2);
    assertThat(asks(new AskFilter(null, null, OutcomeStatus.NOT_MET, null))).hasSize(1);
  }
}
