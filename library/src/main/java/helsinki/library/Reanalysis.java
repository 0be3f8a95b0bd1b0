package helsinki.library;

import helsinki.core.Analysis;
import helsinki.store.SearchIndex;
import helsinki.store.Store;
import helsinki.store.StoredDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Analyses every stored document again, a page at a time, on all cores; each new analysis is kept in
 * its own transaction, so that an interrupted run leaves every document with a whole analysis (old or new).
 */
final class Reanalysis {

  private static final int PAGE = 64;

  private final Store store;
  private final SearchIndex index;
  private final Analyzer analyzer;
  private final Linker linker;
  private final int threads;
  private final Clock clock;
  private final ActorLinker actors;

  Reanalysis(Store store, SearchIndex index, Analyzer analyzer, Linker linker, int threads, Clock clock,
      ActorLinker actors) {
    this.actors = actors;
    this.store = store;
    this.index = index;
    this.analyzer = analyzer;
    this.linker = linker;
    this.threads = threads;
    this.clock = clock;
  }

  long run(IngestListener listener) {
    int total = (int) store.count();
    listener.planned(total, 0);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "helsinki-reanalyse");
      t.setDaemon(true);
      return t;
    });
    int done = 0;
    try {
      String after = "";
      for (List<String> ids = store.ids(after, PAGE); !ids.isEmpty(); ids = store.ids(after, PAGE)) {
        List<Future<Result>> page = new ArrayList<>();
        for (String id : ids) {
          page.add(pool.submit(() -> analyse(id)));
        }
        for (Future<Result> f : page) {
          listener.item(keep(take(f)), ++done, total);
        }
        after = ids.get(ids.size() - 1);
      }
    } finally {
      pool.shutdownNow();
      index.commit(index.indexedChange(), store.id());
    }
    return done;
  }

  /** One document's new analysis, or why there is none. */
  private record Result(String id, @Nullable Analysis analysis, @Nullable String failure) {}

  private Result analyse(String id) {
    StoredDocument stored = store.find(id).orElseThrow();
    try {
      return new Result(id, analyzer.analyze(stored.document()), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(id, null, id + ": cannot analyse: " + e);
    }
  }

  private ItemReport keep(Result r) {
    if (r.analysis() == null) {
      return new ItemReport(r.id(), IngestOutcome.FAILED, r.id(), r.failure());
    }
    Analysis kept = r.analysis().withId(r.id());
    store.transaction(tx -> {
      tx.saveAnalysis(kept, Analyzer.VERSION, clock.instant());
      actors.link(tx, kept, clock.instant());
      return null;
    });
    store.find(r.id()).ifPresent(index::put);
    return new ItemReport(r.id(), IngestOutcome.UPDATED, r.id(), Linking.link(linker, store, kept));
  }

  private static Result take(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("re-analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an analysis thread failed", e.getCause());
    }
  }
}
