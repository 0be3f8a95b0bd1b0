package helsinki.store;

import static helsinki.store.TestDocs.doc;
import static helsinki.store.TestDocs.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Channel;
import helsinki.core.Document;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.OutcomeStatus;
import helsinki.core.Evidence;
import helsinki.core.ReviewState;
import helsinki.core.Span;
import helsinki.core.DocumentKind;
import helsinki.core.Visibility;
import helsinki.core.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database behind the store must do; subclasses say which database. */
abstract class StoreContract {

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  Store store;
  String url;

  /** A JDBC URL of a fresh, empty database. */
  abstract String freshDatabaseUrl() throws Exception;

  @BeforeEach
  void open() throws Exception {
    url = freshDatabaseUrl();
    store = Store.open(url);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_document_comes_back_with_every_field_and_public_visibility() {
    Document d = doc("d-1", words("alpha", 40), "Rights Watchers", DocumentKind.LETTER, LocalDate.of(2017, 4, 7));
    long seq = store.transaction(tx -> tx.insert(d, Visibility.PUBLIC, List.of("RU"), T0));

    StoredDocument back = store.find("d-1").orElseThrow();
    assertThat(back.document()).isEqualTo(d);
    assertThat(back.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(back.countries()).containsExactly("RU");
    assertThat(back.ingested()).isEqualTo(T0);
    assertThat(back.changeSeq()).isEqualTo(seq).isEqualTo(store.lastChange());
    assertThat(store.find("d-2")).isEmpty();
  }

  @Test
  void an_analysis_comes_back_whole_and_its_countries_reach_the_document() {
    Document d = doc("d-1", words("alpha", 40), "Rights Watchers", DocumentKind.LETTER, LocalDate.of(2017, 4, 7));
    long inserted = store.transaction(tx -> tx.insert(d, Visibility.PUBLIC, List.of(), T0));
    Entity person = new Entity("E1", EntityType.PERSON, "Ana Example", List.of("Example"), List.of("Minister"), "RU",
        List.of(new Span(0, 5)));
    Ask ask = new Ask("A1", null, "E1", AskAction.RELEASE, "the protesters", List.of(), Channel.BOTH, null, null, 5,
        List.of("Civil society"), new Evidence(0, 5, "alpha"));
    Analysis a = new Analysis(Analysis.FORMAT, "d-1", d.source(), d.title(), d.subtitle(), d.publisher(), d.authors(),
        d.published(), d.language(), d.kind(), List.of("E1"), d.text(), d.captions(), List.of("RU", "UA"),
        List.of("Civil society"), List.of(person), List.of(), List.of(), List.of(ask), List.of());

    long saved = store.transaction(tx -> tx.saveAnalysis(a, "test-1", T0.plusSeconds(5)));

    assertThat(store.analysis("d-1")).contains(a);
    assertThat(store.analyzer("d-1")).contains("test-1");
    assertThat(store.analysedCount()).isEqualTo(1);
    StoredDocument back = store.find("d-1").orElseThrow();
    assertThat(back.countries()).containsExactly("RU", "UA");
    assertThat(saved).isGreaterThan(inserted).isEqualTo(back.changeSeq());
    assertThat(store.analysis("d-2")).isEmpty();
  }

  @Test
  void a_second_analysis_replaces_the_first_and_one_for_a_missing_document_fails() {
    Document d = doc("d-1", words("alpha", 40), null, DocumentKind.OTHER, null);
    store.transaction(tx -> tx.insert(d, Visibility.PUBLIC, List.of(), T0));
    Analysis first = Analysis.of(d, List.of(), List.of());
    Analysis second = new Analysis(first.format(), first.id(), first.source(), first.title(), first.subtitle(),
        first.publisher(), first.authors(), first.published(), first.language(), first.kind(), List.of(), first.text(),
        first.captions(), List.of("FR"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    store.transaction(tx -> tx.saveAnalysis(first, "v1", T0));
    store.transaction(tx -> tx.saveAnalysis(second, "v2", T0));
    assertThat(store.analysis("d-1")).contains(second);
    assertThat(store.analyzer("d-1")).contains("v2");

    Analysis stray = Analysis.of(doc("d-9", words("beta", 40), null, DocumentKind.OTHER, null), List.of(), List.of());
    assertThatThrownBy(() -> store.transaction(tx -> tx.saveAnalysis(stray, "v1", T0)))
        .isInstanceOf(StoreException.class).hasMessageContaining("d-9");
    assertThat(store.analysedCount()).isEqualTo(1);
  }

  @Test
  void a_source_points_to_one_document_and_moves_when_read_into_another() {
    insert("d-1", words("alpha", 30));
    insert("d-2", words("beta", 30));
    store.transaction(tx -> {
      tx.putSource("https://a.example/x", "d-1", T0);
      tx.putSource("https://b.example/y", "d-1", T0.plusSeconds(1));
      return null;
    });
    assertThat(store.sources("d-1")).extracting(SourceRecord::source)
        .containsExactly("https://a.example/x", "https://b.example/y");

    store.transaction(tx -> {
      tx.putSource("https://b.example/y", "d-2", T0.plusSeconds(2));
      return null;
    });
    assertThat(store.sources("d-1")).extracting(SourceRecord::source).containsExactly("https://a.example/x");
    Optional<String> owner = store.transaction(tx -> tx.documentIdForSource("https://b.example/y"));
    assertThat(owner).contains("d-2");
  }

  @Test
  void a_failed_transaction_leaves_nothing_behind() {
    assertThatThrownBy(() -> store.transaction(tx -> {
      tx.insert(doc("d-1", words("alpha", 30), null, DocumentKind.OTHER, null), Visibility.PUBLIC, List.of(), T0);
      tx.putSource("x", "no-such-document", T0);
      return null;
    })).isInstanceOf(StoreException.class);
    assertThat(store.count()).isZero();
    assertThat(store.find("d-1")).isEmpty();
  }

  @Test
  void the_same_text_cannot_be_stored_twice() {
    insert("d-1", words("alpha", 30));
    assertThatThrownBy(() -> insert("d-2", words("alpha", 30))).isInstanceOf(StoreException.class);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void a_nearly_equal_text_is_a_band_candidate_and_an_unrelated_one_is_not() {
    String text = words("alpha", 200);
    insert("d-1", text);
    insert("d-2", words("gamma", 200));
    Document edited = doc("d-3", text.replace("alpha100 ", "omega100 "), null, DocumentKind.OTHER, null);

    List<Candidate> candidates = store.transaction(tx -> tx.nearCandidates("d-3", edited.fingerprint().minHash()));
    assertThat(candidates).extracting(Candidate::documentId).containsExactly("d-1");
  }

  @Test
  void near_duplicate_links_read_from_both_ends_and_vanish_when_the_text_is_replaced() {
    insert("d-1", words("alpha", 50));
    insert("d-2", words("beta", 50));
    store.transaction(tx -> {
      tx.link("d-2", "d-1", 0.9);
      return null;
    });
    assertThat(store.nearDuplicates("d-1")).containsExactly(new NearDuplicate("d-2", 0.9));
    assertThat(store.nearDuplicates("d-2")).containsExactly(new NearDuplicate("d-1", 0.9));

    Document changed = doc("d-2", words("delta", 50), "New Publisher", DocumentKind.REPORT, null);
    long seq = store.transaction(tx -> tx.replace("d-2", changed, List.of(), T0.plusSeconds(5)));
    assertThat(store.nearDuplicates("d-1")).isEmpty();
    StoredDocument back = store.find("d-2").orElseThrow();
    assertThat(back.document().text()).isEqualTo(changed.text());
    assertThat(back.document().publisher()).isEqualTo("New Publisher");
    assertThat(back.ingested()).isEqualTo(T0);
    assertThat(back.updated()).isEqualTo(T0.plusSeconds(5));
    assertThat(back.changeSeq()).isEqualTo(seq);
  }

  @Test
  void changes_are_listed_in_order_after_a_given_change_number() {
    insert("d-1", words("alpha", 30));
    insert("d-2", words("beta", 30));
    long touched = store.transaction(tx -> tx.touch("d-1", T0.plusSeconds(9)));

    assertThat(store.changedSince(0, 10)).extracting(StoredDocument::id).containsExactly("d-2", "d-1");
    assertThat(store.changedSince(touched - 1, 10)).extracting(StoredDocument::id).containsExactly("d-1");
    assertThat(store.changedSince(touched, 10)).isEmpty();
    assertThat(store.ids("", 1)).containsExactly("d-1");
    assertThat(store.ids("d-1", 5)).containsExactly("d-2");
  }

  @Test
  void a_job_remembers_its_items_until_it_is_finished() {
    List<String> inputs = List.of("/docs");
    IngestJob job = store.planJob(inputs, List.of("/docs/a.txt", "/docs/b.txt"), T0);
    insert("d-1", words("alpha", 30));
    store.transaction(tx -> {
      tx.finishItem(job.id(), 0, "NEW", "d-1", null);
      return null;
    });

    assertThat(store.unfinishedJob(inputs)).map(IngestJob::id).contains(job.id());
    assertThat(store.unfinishedJob(List.of("/other"))).isEmpty();
    assertThat(store.items(job.id())).extracting(JobItem::done).containsExactly(true, false);
    assertThat(store.items(job.id()).get(0).documentId()).isEqualTo("d-1");

    store.finishJob(job.id(), T0.plusSeconds(60));
    assertThat(store.unfinishedJob(inputs)).isEmpty();
    assertThat(store.lastUnfinishedJob()).isEmpty();
  }

  @Test
  void stats_count_documents_by_kind_publisher_language_and_year() {
    store.transaction(tx -> {
      tx.insert(doc("d-1", words("a", 30), "NGO One", DocumentKind.LETTER, LocalDate.of(2017, 1, 2)), Visibility.PUBLIC, List.of(), T0);
      tx.insert(doc("d-2", words("b", 30), "NGO One", DocumentKind.REPORT, LocalDate.of(2017, 5, 2)), Visibility.PUBLIC, List.of(), T0);
      tx.insert(doc("d-3", words("c", 30), null, DocumentKind.LETTER, null), Visibility.PUBLIC, List.of(), T0);
      return null;
    });
    StoreStats stats = store.stats();
    assertThat(stats.documents()).isEqualTo(3);
    assertThat(stats.byKind()).containsExactly(new LabelCount("LETTER", 2), new LabelCount("REPORT", 1));
    assertThat(stats.byPublisher()).contains(new LabelCount("NGO One", 2), new LabelCount("(unknown)", 1));
    assertThat(stats.byYear()).contains(new LabelCount("2017", 2));
    assertThat(stats.byLanguage()).containsExactly(new LabelCount("en", 3));
  }

  @Test
  void a_store_keeps_its_id_across_opens_and_another_database_has_another() throws Exception {
    String id = store.id();
    store.close();
    store = Store.open(url);
    assertThat(store.id()).isEqualTo(id);
    try (Store other = Store.open(freshDatabaseUrl())) {
      assertThat(other.id()).isNotEqualTo(id);
    }
  }

  @Test
  void event_keys_are_found_by_type_country_and_days_and_undated_or_unplaced_ones_only_on_request() {
    insert("d-1", words("gamma", 40));
    insert("d-2", words("delta", 40));
    LocalDate aug9 = LocalDate.of(2020, 8, 9);
    EventKey minsk = new EventKey(new ItemRef("d-1", "V1"), EventType.ARREST, "BY", aug9, aug9.plusDays(1));
    EventKey nowhere = new EventKey(new ItemRef("d-1", "V2"), EventType.DISAPPEARANCE, null, null, null);
    EventKey kyiv = new EventKey(new ItemRef("d-2", "V1"), EventType.ARREST, "UA", aug9, aug9);
    EventKey killing = new EventKey(new ItemRef("d-2", "V2"), EventType.KILLING, "BY", aug9, aug9);
    store.transaction(tx -> {
      tx.eventKeys().key("d-1", List.of(minsk, nowhere));
      tx.eventKeys().key("d-2", List.of(kyiv, killing));
      return null;
    });
    Set<EventType> arrests = Set.of(EventType.ARREST, EventType.DISAPPEARANCE);
    List<EventKey> strict = store.transaction(tx -> tx.eventKeys().find(arrests, "BY", false, aug9.plusDays(1), aug9.plusDays(5), false));
    assertThat(strict).containsExactly(minsk);
    List<EventKey> loose = store.transaction(tx -> tx.eventKeys().find(arrests, "BY", true, aug9, aug9, true));
    assertThat(loose).containsExactly(minsk, nowhere);
    List<EventKey> any = store.transaction(tx -> tx.eventKeys().find(Set.of(EventType.ARREST), null, false, null, null, false));
    assertThat(any).containsExactly(minsk, kyiv);
    List<EventKey> later = store.transaction(tx -> tx.eventKeys().find(arrests, null, false, aug9.plusDays(2), null, false));
    assertThat(later).isEmpty();
  }

  @Test
  void an_analysis_kept_again_or_a_replaced_text_makes_its_event_keys_stale_until_keyed_again() {
    Document d = doc("d-1", words("alpha", 40), null, DocumentKind.OTHER, null);
    store.transaction(tx -> tx.insert(d, Visibility.PUBLIC, List.of(), T0));
    Analysis a = Analysis.of(d, List.of(), List.of());
    store.transaction(tx -> tx.saveAnalysis(a, "v1", T0));
    assertThat(stale()).containsExactly("d-1");
    EventKey k = new EventKey(new ItemRef("d-1", "V1"), EventType.PROTEST, "BY", null, null);
    store.transaction(tx -> {
      tx.eventKeys().key("d-1", List.of(k));
      return null;
    });
    assertThat(stale()).isEmpty();
    store.transaction(tx -> tx.saveAnalysis(a, "v2", T0));
    assertThat(stale()).containsExactly("d-1");
    store.transaction(tx -> tx.replace("d-1", doc("d-1", words("omega", 40), null, DocumentKind.OTHER, null), List.of(), T0));
    assertThat(stale()).as("its analysis went with the old text").containsExactly("d-1");
    store.transaction(tx -> {
      tx.eventKeys().key("d-1", List.of());
      return null;
    });
    assertThat(stale()).isEmpty();
    List<EventKey> left = store.transaction(tx -> tx.eventKeys().find(Set.of(EventType.PROTEST), null, false, null, null, true));
    assertThat(left).isEmpty();
  }

  private List<String> stale() {
    return store.transaction(tx -> tx.eventKeys().stale());
  }

  @Test
  void an_actor_reads_its_aliases_roles_with_dates_and_documents_from_its_entities() {
    insert("d-1", words("alpha", 30));
    insert("d-2", words("beta", 30));
    String id = store.transaction(tx -> {
      ActorTable actors = tx.actors();
      String a = actors.create(EntityType.PERSON, "Ana Example", "RU", T0);
      actors.link(new ActorEntity("d-2", "E3", a, EntityType.PERSON, "Example", List.of("Minister Example"),
          List.of("Foreign Minister"), "RU", LocalDate.of(2017, 4, 12)), List.of("p:example"));
      actors.link(new ActorEntity("d-1", "E1", a, EntityType.PERSON, "Ana Example", List.of(),
          List.of("foreign minister", "Envoy"), "RU", LocalDate.of(2016, 1, 5)), List.of("p:example"));
      return a;
    });
    assertThat(id).startsWith("a-");

    StoredActor actor = store.<Optional<StoredActor>>transaction(tx -> tx.actors().actor(id)).orElseThrow();
    assertThat(actor.name()).isEqualTo("Ana Example");
    assertThat(actor.aliases()).containsExactly("Example", "Minister Example");
    assertThat(actor.roles()).containsExactly(
        new ActorRole("foreign minister", LocalDate.of(2016, 1, 5), LocalDate.of(2017, 4, 12)),
        new ActorRole("Envoy", LocalDate.of(2016, 1, 5), LocalDate.of(2016, 1, 5)));
    assertThat(actor.documents()).containsExactly("d-1", "d-2");
    assertThat(store.<Optional<String>>transaction(tx -> tx.actors().actorOf("d-2", "E3"))).contains(id);
    assertThat(store.<List<String>>transaction(tx -> tx.actors().withKeys(List.of("p:example", "p:other")))).containsExactly(id);
    assertThat(store.<List<StoredActor>>transaction(tx -> tx.actors().list("minister ex", 10))).extracting(StoredActor::id).containsExactly(id);
    assertThat(store.<List<StoredActor>>transaction(tx -> tx.actors().list("nobody", 10))).isEmpty();
  }

  @Test
  void a_merged_actor_leads_to_the_one_it_joined_and_the_decision_is_kept() {
    insert("d-1", words("alpha", 30));
    List<String> ids = store.transaction(tx -> {
      ActorTable actors = tx.actors();
      String a = actors.create(EntityType.PERSON, "Ana Example", null, T0);
      String b = actors.create(EntityType.PERSON, "A. Exampel", null, T0);
      actors.link(new ActorEntity("d-1", "E1", a, EntityType.PERSON, "Ana Example", List.of(), List.of(), null, null),
          List.of("p:example"));
      actors.link(new ActorEntity("d-1", "E2", b, EntityType.PERSON, "A. Exampel", List.of(), List.of(), null, null),
          List.of("p:exampel"));
      long decision = actors.decide(ActorDecision.Kind.MERGE, a, b, a, "reviewer", T0.plusSeconds(1));
      actors.merge(b, a, T0.plusSeconds(1));
      actors.pin(a, ActorTable.Pin.ALIAS, "A. Exampel", decision);
      return List.of(a, b);
    });
    String a = ids.get(0);
    String b = ids.get(1);
    assertThat(store.<Optional<String>>transaction(tx -> tx.actors().resolve(b))).contains(a);
    assertThat(store.<Optional<StoredActor>>transaction(tx -> tx.actors().actor(b))).map(StoredActor::id).contains(a);
    assertThat(store.<Optional<String>>transaction(tx -> tx.actors().actorOf("d-1", "E2"))).contains(a);
    assertThat(store.<List<String>>transaction(tx -> tx.actors().withKeys(List.of("p:exampel")))).containsExactly(a);
    assertThat(store.<List<StoredActor>>transaction(tx -> tx.actors().list(null, 10))).extracting(StoredActor::id).containsExactly(a);
    List<ActorDecision> decisions = store.<List<ActorDecision>>transaction(tx -> tx.actors().decisions(a));
    assertThat(decisions).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ActorDecision.Kind.MERGE);
      assertThat(d.subject()).isEqualTo(b);
      assertThat(d.decidedBy()).isEqualTo("reviewer");
      assertThat(d.decidedAt()).isEqualTo(T0.plusSeconds(1));
    });
    assertThat(store.<Boolean>transaction(tx -> tx.actors().deleteIfUnused(b))).isFalse();
  }

  @Test
  void forgetting_a_document_removes_its_links_and_an_unused_actor_can_then_go() {
    insert("d-1", words("alpha", 30));
    String id = store.transaction(tx -> {
      String a = tx.actors().create(EntityType.GOVERNMENT, "Russian government", "RU", T0);
      tx.actors().link(new ActorEntity("d-1", "E3", a, EntityType.GOVERNMENT, "Kremlin", List.of(), List.of(), "RU", null),
          List.of("g:RU", "n:kremlin"));
      return a;
    });
    assertThat(store.<java.util.Set<String>>transaction(tx -> tx.actors().forgetDocument("d-1"))).containsExactly(id);
    assertThat(store.<List<String>>transaction(tx -> tx.actors().withKeys(List.of("g:RU")))).isEmpty();
    assertThat(store.<List<StoredActor>>transaction(tx -> tx.actors().list(null, 10))).isEmpty();
    assertThat(store.<Boolean>transaction(tx -> tx.actors().deleteIfUnused(id))).isTrue();
    assertThat(store.<Optional<StoredActor>>transaction(tx -> tx.actors().actor(id))).isEmpty();
    assertThatThrownBy(() -> store.transaction(tx -> {
      tx.actors().link(new ActorEntity("no-such-document", "E1", "a-999", EntityType.PERSON, "X", List.of(), List.of(),
          null, null), List.of());
      return null;
    })).isInstanceOf(StoreException.class);
  }

  @Test
  void pins_and_blocks_are_kept_apart_and_can_be_undone() {
    insert("d-1", words("alpha", 30));
    String id = store.transaction(tx -> {
      ActorTable actors = tx.actors();
      String a = actors.create(EntityType.PERSON, "Ana Example", null, T0);
      long d = actors.decide(ActorDecision.Kind.SPLIT, a, "Example", a, "reviewer", T0);
      actors.pin(a, ActorTable.Pin.BLOCK, "example", d);
      actors.pin(a, ActorTable.Pin.ALIAS, "A. Example", d);
      actors.addKeys(a, "", List.of("p:example"));
      actors.addKeys(a, "", List.of("p:example"));
      actors.link(new ActorEntity("d-1", "E2", a, EntityType.PERSON, "Ana Example", List.of(), List.of(), null, null),
          List.of("p:example"));
      return a;
    });
    assertThat(store.<List<String>>transaction(tx -> tx.actors().pins(id, ActorTable.Pin.BLOCK))).containsExactly("example");
    assertThat(store.<List<String>>transaction(tx -> tx.actors().pins(id, ActorTable.Pin.ALIAS))).containsExactly("A. Example");
    assertThat(store.<Optional<StoredActor>>transaction(tx -> tx.actors().actor(id))).hasValueSatisfying(a ->
        assertThat(a.aliases()).containsExactly("A. Example"));
    assertThat(store.<List<ActorEntity>>transaction(tx -> tx.actors().entitiesIn("d-1"))).extracting(ActorEntity::entityId)
        .containsExactly("E2");
    store.transaction(tx -> {
      tx.actors().unpin(id, ActorTable.Pin.BLOCK, "example");
      return null;
    });
    assertThat(store.<List<String>>transaction(tx -> tx.actors().pins(id, ActorTable.Pin.BLOCK))).isEmpty();
    assertThat(store.<Boolean>transaction(tx -> tx.actors().deleteIfUnused(id))).as("a decision refers to it").isFalse();
  }

  @Test
  void link_candidates_are_found_by_actor_key_kind_and_date_window() {
    insert("d-1", words("gamma", 40));
    insert("d-2", words("delta", 40));
    store.transaction(tx -> {
      Links links = tx.links();
      links.key(new ItemRef("d-1", "A1"), LinkKind.ASK, "berg", LocalDate.of(2021, 3, 2));
      links.key(new ItemRef("d-1", "A2"), LinkKind.ASK, "nowak", LocalDate.of(2021, 3, 2));
      links.key(new ItemRef("d-2", "O1"), LinkKind.OUTCOME, "berg", null);
      links.key(new ItemRef("d-2", "A1"), LinkKind.ASK, "berg", LocalDate.of(2022, 1, 1));
      return null;
    });
    List<ItemRef> found = store.transaction(tx -> tx.links().candidates(LinkKind.ASK, List.of("berg", "smith"),
        null, LocalDate.of(2021, 12, 31)));
    assertThat(found).containsExactly(new ItemRef("d-1", "A1"));
    List<ItemRef> undated = store.transaction(tx -> tx.links().candidates(LinkKind.OUTCOME, List.of("berg"),
        LocalDate.of(2030, 1, 1), null));
    assertThat(undated).as("an undated document is always a candidate").containsExactly(new ItemRef("d-2", "O1"));
    List<ItemRef> asks = store.transaction(tx -> tx.links().items(LinkKind.ASK));
    assertThat(asks).hasSize(3);
  }

  @Test
  void outcome_links_read_from_the_ask_and_vanish_when_either_document_is_forgotten() {
    insert("d-1", words("gamma", 40));
    insert("d-2", words("delta", 40));
    OutcomeLink link = new OutcomeLink(new ItemRef("d-2", "O1"), new ItemRef("d-1", "A7"), 0.91, "actor=target action=same");
    store.transaction(tx -> {
      tx.links().link(link, OutcomeStatus.MET, LocalDate.of(2024, 3, 1));
      tx.links().link(link, OutcomeStatus.NOT_MET, LocalDate.of(2024, 3, 2));
      return null;
    });
    List<OutcomeLink> answering = store.transaction(tx -> tx.links().answering(new ItemRef("d-1", "A7")));
    assertThat(answering).containsExactly(link);
    List<OutcomeLink> from = store.transaction(tx -> tx.links().fromOutcomesOf("d-2"));
    assertThat(from).containsExactly(link);
    List<Answer> answers = store.transaction(tx -> tx.links().answers());
    assertThat(answers).as("the link kept once, with the outcome's status and date it was last stored with")
        .containsExactly(new Answer(link, OutcomeStatus.NOT_MET, LocalDate.of(2024, 3, 2)));
    store.transaction(tx -> {
      tx.links().forget("d-1");
      return null;
    });
    List<OutcomeLink> after = store.transaction(tx -> tx.links().answering(new ItemRef("d-1", "A7")));
    assertThat(after).isEmpty();
  }

  @Test
  void engagement_members_group_items_of_several_documents_and_a_replaced_text_leaves_its_group() {
    insert("d-1", words("gamma", 40));
    insert("d-2", words("delta", 40));
    store.transaction(tx -> {
      tx.links().join(new EngagementMember("g-1", new ItemRef("d-1", "G1"), 1.0, "first"));
      tx.links().join(new EngagementMember("g-1", new ItemRef("d-2", "G2"), 0.73, "actor=same type=family"));
      return null;
    });
    List<EngagementMember> members = store.transaction(tx -> tx.links().members("g-1"));
    assertThat(members).extracting(EngagementMember::item).containsExactly(new ItemRef("d-1", "G1"), new ItemRef("d-2", "G2"));
    Optional<String> group = store.transaction(tx -> tx.links().engagementOf(new ItemRef("d-2", "G2")));
    assertThat(group).contains("g-1");
    store.transaction(tx -> {
      tx.links().join(new EngagementMember("g-2", new ItemRef("d-1", "G2"), 1.0, "first"));
      tx.links().merge("g-2", "g-1");
      return null;
    });
    List<EngagementMember> merged = store.transaction(tx -> tx.links().members("g-1"));
    assertThat(merged).hasSize(3);
    store.transaction(tx -> tx.replace("d-2", doc("d-2", words("epsilon", 40), null, DocumentKind.OTHER, null),
        List.of(), T0));
    List<String> engagements = store.transaction(tx -> tx.links().engagements());
    assertThat(engagements).containsExactly("g-1");
    List<EngagementMember> left2 = store.transaction(tx -> tx.links().members("g-1"));
    assertThat(left2).hasSize(2);
    Optional<String> left = store.transaction(tx -> tx.links().engagementOf(new ItemRef("d-2", "G2")));
    assertThat(left).isEmpty();
  }

  @Test
  void review_decisions_are_appended_never_replaced_and_listed_by_document_and_in_the_audit() {
    insert("d-1", words("alpha", 30));
    insert("d-2", words("beta", 30));
    ItemKey ask = new ItemKey(ItemKind.ASK, 10, 40, "release the lawyers");
    ReviewRecord first = store.transaction(tx -> tx.addReview(new ReviewRecord(0, "d-1", ask, "A3", ReviewState.CONFIRMED,
        null, "Ana", null, T0)));
    ReviewRecord second = store.transaction(tx -> tx.addReview(new ReviewRecord(0, "d-1", ask, "A3", ReviewState.CORRECTED,
        "{\"action\":\"FREE\"}", "Ben", "the verb was wrong", T0.plusSeconds(60))));
    store.transaction(tx -> tx.addReview(new ReviewRecord(0, "d-2", new ItemKey(ItemKind.ENTITY, 0, 4, "Ruth"), "E1",
        ReviewState.REJECTED, null, "Ana", null, T0.plusSeconds(120))));

    assertThat(second.id()).isGreaterThan(first.id());
    List<ReviewRecord> d1 = store.reviews("d-1");
    assertThat(d1).extracting(ReviewRecord::decision).containsExactly(ReviewState.CONFIRMED, ReviewState.CORRECTED);
    assertThat(d1.get(1)).isEqualTo(second);
    assertThat(d1.get(1).correction()).isEqualTo("{\"action\":\"FREE\"}");
    assertThat(d1.get(0).item()).isEqualTo(ask);
    assertThat(store.audit(ReviewFilter.latest(10))).extracting(ReviewRecord::documentId).containsExactly("d-2", "d-1", "d-1");
    assertThat(store.audit(new ReviewFilter(null, "Ana", null, null, null, 10))).hasSize(2);
    assertThat(store.audit(new ReviewFilter("d-1", null, ItemKind.ASK, ReviewState.CORRECTED, null, 10))).containsExactly(second);
    assertThat(store.audit(new ReviewFilter(null, null, null, null, T0.plusSeconds(60), 1))).extracting(ReviewRecord::reviewer)
        .containsExactly("Ana");
  }

  @Test
  void a_review_of_a_missing_document_fails_and_a_machine_state_is_no_decision() {
    ItemKey key = new ItemKey(ItemKind.OUTCOME, 0, 3, "met");
    assertThatThrownBy(() -> store.transaction(tx -> tx.addReview(new ReviewRecord(0, "d-9", key, null,
        ReviewState.CONFIRMED, null, "Ana", null, T0)))).isInstanceOf(StoreException.class).hasMessageContaining("d-9");
    assertThatThrownBy(() -> new ReviewRecord(0, "d-9", key, null, ReviewState.SUGGESTED, null, "Ana", null, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.audit(ReviewFilter.latest(5))).isEmpty();
  }

  @Test
  void documents_about_a_country_are_counted_by_year_and_their_analyses_listed_newest_first() {
    store.transaction(tx -> {
      tx.insert(doc("d-1", words("a", 30), null, DocumentKind.LETTER, LocalDate.of(2017, 1, 2)), Visibility.PUBLIC, List.of("RU", "UA"), T0);
      tx.insert(doc("d-2", words("b", 30), null, DocumentKind.REPORT, LocalDate.of(2019, 5, 2)), Visibility.PUBLIC, List.of("UA"), T0);
      tx.insert(doc("d-3", words("c", 30), null, DocumentKind.LETTER, null), Visibility.PUBLIC, List.of("RU"), T0);
      return null;
    });
    for (String id : List.of("d-1", "d-2")) {
      StoredDocument d = store.find(id).orElseThrow();
      Analysis a = Analysis.of(d.document(), List.of(), List.of());
      Analysis withCountries = new Analysis(a.format(), a.id(), a.source(), a.title(), a.subtitle(), a.publisher(),
          a.authors(), a.published(), a.language(), a.kind(), a.addressees(), a.text(), a.captions(), d.countries(),
          a.themes(), a.entities(), a.events(), a.engagements(), a.asks(), a.outcomes());
      store.transaction(tx -> tx.saveAnalysis(withCountries, "t", T0));
    }
    assertThat(store.yearsAbout("ru")).containsExactly(new LabelCount("2017", 1), new LabelCount("(undated)", 1));
    assertThat(store.yearsAbout("UA")).containsExactly(new LabelCount("2017", 1), new LabelCount("2019", 1));
    assertThat(store.analysesAbout("UA", 10)).extracting(Analysis::id).containsExactly("d-2", "d-1");
    assertThat(store.analysesAbout("RU", 10)).extracting(Analysis::id).containsExactly("d-1");
    assertThatThrownBy(() -> store.yearsAbout("Russia")).isInstanceOf(StoreException.class).hasMessageContaining("Russia");
  }

  private void insert(String id, String text) {
    store.transaction(tx -> tx.insert(doc(id, text, null, DocumentKind.OTHER, null), Visibility.PUBLIC, List.of(), T0));
  }
}
