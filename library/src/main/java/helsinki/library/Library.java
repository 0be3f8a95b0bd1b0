package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.InputException;
import helsinki.store.ActorDecision;
import helsinki.store.StoredActor;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.store.LabelCount;
import helsinki.store.NearDuplicate;
import helsinki.store.ReviewFilter;
import helsinki.store.SearchIndex;
import helsinki.store.SearchQuery;
import helsinki.store.SearchResults;
import helsinki.store.Store;
import helsinki.store.StoreException;
import helsinki.store.StoredDocument;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A user's library: the use cases over one store and its index (ingest, search, show, export,
 * reindex, stats). Opening it brings the index up to date with the store, so that a crash between
 * the two is repaired before anything is read. Thread-safe; close it when done.
 */
public final class Library implements AutoCloseable {

  private static final int PAGE = 1000;

  private final LibraryLocation location;
  private final Store store;
  private final SearchIndex index;
  private final Ingestion ingestion;
  private final @Nullable Analyzer analyzer;
  private final int threads;
  private final ActorLinker actors;
  private final ActorDecisions decisions;
  private final ActorIdentity identity;
  private final Similarity similarity;
  private final Linker linker;
  private final Reviews reviews;
  private final Countries countries;

  private Library(LibraryLocation location, Store store, SearchIndex index, Ingester ingester, int threads,
      @Nullable Analyzer analyzer) {
    this.location = location;
    this.store = store;
    this.index = index;
    this.analyzer = analyzer;
    this.threads = threads;
    this.actors = new ActorLinker(new GazetteerCountries(analyzer == null ? null : analyzer.gazetteer()));
    this.decisions = new ActorDecisions(actors);
    this.identity = new CanonicalActors(store);
    // One embedding model per process: the analyzer's classifiers and the link stage share it.
    this.similarity = new Similarity(analyzer == null ? new LazyEmbedder() : analyzer.embedder());
    this.linker = new Linker(identity, similarity);
    this.ingestion = new Ingestion(store, index, ingester, analyzer, linker, threads, Clock.systemUTC(), actors);
    this.reviews = new Reviews(store, this::analysis, Clock.systemUTC());
    this.countries = new Countries(store, index, reviews::reviewed);
  }

  /** Opens the library at {@code location}, creating it if needed, with default ingest settings and no analysis. */
  public static Library open(LibraryLocation location) {
    return open(location, null);
  }

  /**
   * Opens the library at {@code location}, creating it if needed; documents ingested are analysed by
   * {@code analyzer} (and stored with their analysis) unless it is null.
   */
  public static Library open(LibraryLocation location, @Nullable Analyzer analyzer) {
    return open(location, new Ingester(IngestSettings.defaults()), Runtime.getRuntime().availableProcessors(), analyzer);
  }

  /**
   * Opens a library that must exist already: reading commands fail in one line on a mistyped
   * folder instead of creating an empty library there.
   */
  public static Library openExisting(LibraryLocation location) {
    return openExisting(location, null);
  }

  /** Opens a library that must exist already, analysing what is ingested into it with {@code analyzer} unless null. */
  public static Library openExisting(LibraryLocation location, @Nullable Analyzer analyzer) {
    requireExists(location);
    return open(location, analyzer);
  }

  /** Fails in one line when there is no library at {@code location} (check before loading anything heavy). */
  public static void requireExists(LibraryLocation location) {
    if (location.jdbcUrl() == null && !Files.exists(location.databaseFile())) {
      throw new StoreException("there is no library in " + location.dataFolder()
          + " (give --data DIR, or ingest something first)");
    }
  }

  /** Opens the library at {@code location}, reading inputs with {@code ingester} on {@code threads} threads. */
  public static Library open(LibraryLocation location, Ingester ingester, int threads) {
    return open(location, ingester, threads, null);
  }

  /**
   * Opens the library at {@code location}, reading inputs with {@code ingester} on {@code threads}
   * threads and analysing them with {@code analyzer} unless it is null.
   */
  public static Library open(LibraryLocation location, Ingester ingester, int threads, @Nullable Analyzer analyzer) {
    Path folder = location.dataFolder();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("cannot create the data folder " + folder, e);
    }
    if (!Files.isWritable(folder)) {
      throw new StoreException("the data folder " + folder + " is not writable");
    }
    String url = location.jdbcUrl() != null ? location.jdbcUrl() : Store.sqliteUrl(location.databaseFile());
    Store store = Store.open(url);
    SearchIndex index = null;
    try {
      index = SearchIndex.open(location.indexFolder());
      Library library = new Library(location, store, index, ingester, Math.max(1, threads), analyzer);
      library.catchUp();
      return library;
    } catch (RuntimeException e) {
      // Release the index lock and the database before reporting, or this process could not retry.
      try {
        if (index != null) {
          index.close();
        }
      } finally {
        store.close();
      }
      throw e;
    }
  }

  /** Where the library lives. */
  public LibraryLocation location() {
    return location;
  }

  /**
   * Ingests files, folders and URLs; an unfinished earlier run with the same inputs is resumed
   * where it stopped. Bad inputs are reported and skipped.
   */
  public IngestSummary ingest(List<String> inputs, IngestListener listener) {
    requireWritable();
    return ingestion.run(inputs, listener);
  }

  /** Resumes the most recent unfinished ingest, if there is one. */
  public Optional<IngestSummary> resume(IngestListener listener) {
    requireWritable();
    return ingestion.resume(listener);
  }

  /** Searches the library. */
  public SearchResults search(SearchQuery query) {
    return index.search(query);
  }

  /** The document with this id, with its sources and near-duplicates. */
  public Optional<DocumentView> show(String id) {
    return store.find(id).map(stored -> {
      List<DocumentView.Related> near = new ArrayList<>();
      for (NearDuplicate n : store.nearDuplicates(id)) {
        String title = store.find(n.documentId()).map(d -> d.document().title()).orElse(null);
        near.add(new DocumentView.Related(n.documentId(), title, n.similarity()));
      }
      return new DocumentView(stored, store.sources(id), near);
    });
  }

  /**
   * The FORMAT.md object of a stored document: its kept analysis, or its record alone when it was never
   * analysed. Entity ids are the document's own ("E1"); {@link #actorOf} gives the canonical actor of
   * each, which is what {@code export --format jsonl} writes in their place.
   */
  public Analysis analysis(StoredDocument stored) {
    return store.analysis(stored.id()).orElseGet(() -> Exporter.analysis(stored));
  }

  /** The FORMAT.md object of document {@code id}, if the library holds it (see {@link #analysis(StoredDocument)}). */
  public Optional<Analysis> analysis(String id) {
    return store.find(id).map(this::analysis);
  }

  /**
   * Records a person's decision on one item of document {@code documentId}'s current analysis. The
   * decision is kept apart from the analysis, so re-analysis never overwrites it; it finds its item
   * again by evidence when ids change. Fails in one line on an unknown document or item, a missing
   * reviewer name, or a correction that does not fit the item.
   */
  public Review review(String documentId, Decision decision) throws InputException {
    return reviews.review(documentId, decision);
  }

  /** Every decision on document {@code documentId}'s items, oldest first, each with the item it applies to now. */
  public List<Review> reviews(String documentId) {
    return reviewed(documentId).map(ReviewedAnalysis::reviews).orElse(List.of());
  }

  /** The audit trail: the decisions {@code filter} selects, newest first. */
  public List<Review> audit(ReviewFilter filter) {
    return reviews.audit(filter);
  }

  /**
   * Document {@code documentId}'s analysis with people's decisions applied (rejected items dropped,
   * corrections made) beside the machine's: the view every page showing extracted items should use.
   */
  public Optional<ReviewedAnalysis> reviewed(String documentId) {
    return reviews.reviewed(documentId);
  }

  /**
   * What the library holds about a country (ISO 3166-1 alpha-2): documents, its actors, asks
   * concerning it and events over time, from reviewed analyses. Fails in one line on a malformed code.
   */
  public CountryProfile country(String code) throws InputException {
    return countries.profile(code);
  }

  /** How many documents are about each country, most first (for a world map). */
  public List<LabelCount> countryCounts() {
    return countries.counts();
  }

  /** Whether this library analyses what it ingests. */
  public boolean analyses() {
    return analyzer != null;
  }

  /**
   * Analyses every stored document again (after Helsinki's analysis improved, or for documents
   * ingested without analysis) and keeps the new analyses; returns how many documents it analysed.
   */
  public long reanalyze(IngestListener listener) {
    requireWritable();
    if (analyzer == null) {
      throw new IllegalStateException("this library was opened without an analyzer");
    }
    long n = new Reanalysis(store, index, analyzer, linker, threads, Clock.systemUTC(), actors).run(listener);
    // Each document was linked as it was kept; linking all again in one order makes the library
    // engagements independent of the order the analyses finished in.
    linker.relinkAll(store);
    return n;
  }

  /**
   * The canonical actors whose name or forms contain {@code query} (ignoring case; every actor when it
   * is null or blank), by name, each with its aliases, roles with dates, country and documents.
   */
  public List<StoredActor> actors(@Nullable String query) {
    return store.transaction(tx -> tx.actors().list(query, Integer.MAX_VALUE));
  }

  /** The canonical actor {@code id} (or the one it was merged into), if the library has it. */
  public Optional<StoredActor> actor(String id) {
    return store.transaction(tx -> tx.actors().actor(id.strip()));
  }

  /** Which canonical actor entity {@code entityId} of document {@code documentId} is, if it was linked to one. */
  public Optional<String> actorOf(String documentId, String entityId) {
    return store.transaction(tx -> tx.actors().actorOf(documentId, entityId).flatMap(tx.actors()::resolve));
  }

  /**
   * Links every kept analysis to canonical actors again, without analysing anything (for a library
   * whose analyses predate actors, or after the linking rules changed); people's decisions are kept.
   * Returns how many documents it linked.
   */
  public long relinkActors() {
    long n = 0;
    String after = "";
    for (List<String> ids = store.ids(after, PAGE); !ids.isEmpty(); ids = store.ids(after, PAGE)) {
      for (String id : ids) {
        Optional<Analysis> kept = store.analysis(id);
        if (kept.isPresent()) {
          store.transaction(tx -> {
            actors.link(tx, kept.get(), Clock.systemUTC().instant());
            return null;
          });
          n++;
        }
      }
      after = ids.get(ids.size() - 1);
    }
    return n;
  }

  /** People's decisions about actor {@code id}, oldest first (the audit trail). */
  public List<ActorDecision> actorDecisions(String id) {
    return store.transaction(tx -> tx.actors().decisions(id.strip()));
  }

  /**
   * Merges actor {@code b} into actor {@code a}, as decided by {@code who}: a person's decision that
   * re-analysis keeps. Unknown ids, one actor twice, or a person with an organisation change nothing.
   */
  public StoredActor mergeActors(String a, String b, String who) throws InputException {
    return decided(() -> store.transaction(tx -> unchecked(() -> decisions.merge(tx, a, b, who, Clock.systemUTC().instant()))));
  }

  /**
   * Splits the mentions written {@code alias} off actor {@code a} into a new actor, as decided by
   * {@code who}, and keeps them apart through re-analysis; returns the new actor.
   */
  public StoredActor splitActor(String a, String alias, String who) throws InputException {
    return decided(() -> store.transaction(tx -> unchecked(() -> decisions.split(tx, a, alias, who, Clock.systemUTC().instant()))));
  }

  /** Work that may refuse with an {@link InputException}; the transaction rolls back when it does. */
  private interface Refusable<T> {
    T run() throws InputException;
  }

  /** Carries a refusal out of a transaction, so that the transaction rolls back. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(InputException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static <T> T unchecked(Refusable<T> work) {
    try {
      return work.run();
    } catch (InputException e) {
      throw new Refused(e);
    }
  }

  private static <T> T decided(java.util.function.Supplier<T> work) throws InputException {
    try {
      return work.get();
    } catch (Refused e) {
      throw (InputException) e.getCause();
    }
  }

  /**
   * Links every analysed document again (outcomes to asks, engagements into library engagements),
   * without analysing; returns how many documents it linked.
   */
  public long relink() {
    requireWritable();
    return linker.relinkAll(store);
  }

  /** The asks that {@code filter} selects, each with its document, current status and the outcomes behind it. */
  public List<AskView> asks(AskFilter filter) {
    return new Listings(store, identity).asks(filter);
  }

  /**
   * One page of the asks that {@code filter} and {@code keep} select, in the order of {@link #asks}:
   * the first {@code offset} skipped, at most {@code limit} kept; it reads the asks of the page, not
   * every analysis.
   */
  public AskPage asks(AskFilter filter, java.util.function.Predicate<AskView> keep, int offset, int limit) {
    return new Listings(store, identity).page(filter, keep, offset, limit);
  }

  /** Ask {@code id} of document {@code document} as {@link #asks(AskFilter)} lists it, without reading the others. */
  public Optional<AskView> ask(String document, String id) {
    return new Listings(store, identity).ask(document, id);
  }

  /** The library engagements that {@code filter} selects, each with its members and the asks made for it. */
  public List<EngagementView> engagements(EngagementFilter filter) {
    return new Listings(store, identity).engagements(filter.actor());
  }

  /**
   * The library events that {@code filter} selects, earliest first: reports of one happening from
   * different documents grouped, with their sources counted and each source's counts, certainty and
   * evidence side by side.
   */
  public List<EventGroupView> events(EventFilter filter) {
    return new EventGroups(store, identity).list(filter);
  }

  /** What the link stage measures object similarity with (the embedding model, or words and why). */
  public String linkSimilarity() {
    return similarity.describe();
  }

  /** Writes every document to {@code out}; returns how many. */
  public long export(ExportFormat format, Writer out) throws IOException {
    return new Exporter(store).export(format, out);
  }

  /** Rebuilds the index from the store; returns how many documents it holds. */
  public synchronized long reindex() {
    requireWritable();
    long last = store.lastChange();
    index.clear();
    long n = 0;
    for (List<StoredDocument> page = store.changedSince(0, PAGE); !page.isEmpty();
        page = store.changedSince(page.get(page.size() - 1).changeSeq(), PAGE)) {
      page.forEach(index::put);
      n += page.size();
    }
    index.commit(Math.max(last, index.indexedChange()), store.id());
    return n;
  }

  /** Counts by kind, publisher, language and year, and the size of the index. */
  public LibraryStats stats() {
    return new LibraryStats(store.stats(), index.count(), index.sizeBytes(), index.folder());
  }

  @Override
  public void close() {
    try {
      if (index.writable()) {
        index.commit(index.indexedChange(), store.id());
      }
      index.close();
    } finally {
      store.close();
    }
  }

  /** Fails before anything is written when another process holds the index (it would fail half-way otherwise). */
  private void requireWritable() {
    if (!index.writable()) {
      throw new StoreException("the library in " + location.dataFolder()
          + " is being written by another helsinki process; try again when it ends");
    }
  }

  /** Indexes whatever the store changed after the index's last commit; rebuilds an index made from another store. */
  private synchronized void catchUp() {
    if (!index.writable()) {
      return;
    }
    boolean otherStore = index.committedStore().map(id -> !id.equals(store.id())).orElse(index.count() > 0);
    if (otherStore || index.indexedChange() > store.lastChange()) {
      reindex();
      return;
    }
    long from = index.indexedChange();
    boolean changed = false;
    for (List<StoredDocument> page = store.changedSince(from, PAGE); !page.isEmpty();
        page = store.changedSince(page.get(page.size() - 1).changeSeq(), PAGE)) {
      page.forEach(index::put);
      changed = true;
    }
    if (changed) {
      index.commit(index.indexedChange(), store.id());
    }
  }
}
