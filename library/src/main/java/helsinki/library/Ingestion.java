package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Document;
import helsinki.core.InputException;
import helsinki.ingest.Ingester;
import helsinki.store.IngestJob;
import helsinki.store.JobItem;
import helsinki.store.SearchIndex;
import helsinki.store.Store;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * One ingest run: plan the inputs as a job, read them on all cores, write each document in its own
 * transaction together with its job item (so that a killed run resumes without duplicates), and keep
 * the index in step, committing it now and then with the change number it reached.
 */
final class Ingestion {

  private static final int COMMIT_EVERY = 1000;

  private final Store store;
  private final SearchIndex index;
  private final Ingester ingester;
  private final @Nullable Analyzer analyzer;
  private final Linker linker;
  private final int threads;
  private final Clock clock;
  private final ActorLinker actors;

  /**
   * What a reader thread hands the writer: a document and its analysis (null when the library does
   * not analyse, or when analysis failed, which {@code analysisFailure} then says), or the reason the
   * input could not be read.
   */
  private record Read(JobItem item, @Nullable Document document, @Nullable String failure,
      @Nullable Analysis analysis, @Nullable String analysisFailure) {
    Read(JobItem item, @Nullable Document document, @Nullable String failure) {
      this(item, document, failure, null, null);
    }
  }

  Ingestion(Store store, SearchIndex index, Ingester ingester, @Nullable Analyzer analyzer, Linker linker, int threads,
      Clock clock, ActorLinker actors) {
    this.actors = actors;
    this.store = store;
    this.index = index;
    this.ingester = ingester;
    this.analyzer = analyzer;
    this.linker = linker;
    this.threads = threads;
    this.clock = clock;
  }

  /** Ingests {@code inputs}, resuming the unfinished job that had the same inputs if there is one. */
  IngestSummary run(List<String> inputs, IngestListener listener) {
    List<String> normalized = inputs.stream().map(Ingestion::normalize).toList();
    Map<String, String> planFailures = new HashMap<>();
    IngestJob job = store.unfinishedJob(normalized)
        .orElseGet(() -> store.planJob(normalized, plan(normalized, planFailures), clock.instant()));
    return process(job, planFailures, listener);
  }

  /** Continues the most recent unfinished job, if there is one. */
  Optional<IngestSummary> resume(IngestListener listener) {
    return store.lastUnfinishedJob().map(job -> process(job, Map.of(), listener));
  }

  private static List<String> plan(List<String> inputs, Map<String, String> failures) {
    List<String> items = new ArrayList<>();
    for (String input : inputs) {
      if (isUrl(input)) {
        items.add(input);
        continue;
      }
      try {
        Ingester.expand(Path.of(input)).forEach(p -> items.add(p.toString()));
      } catch (InputException | InvalidPathException e) {
        items.add(input);
        failures.put(input, e.getMessage());
      }
    }
    return items;
  }

  private IngestSummary process(IngestJob job, Map<String, String> planFailures, IngestListener listener) {
    List<JobItem> items = store.items(job.id());
    List<JobItem> pending = items.stream().filter(i -> !i.done()).toList();
    int resumed = items.size() - pending.size();
    listener.planned(items.size(), resumed);
    Map<IngestOutcome, Integer> counts = new EnumMap<>(IngestOutcome.class);
    List<ItemReport> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "helsinki-ingest-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Read>> window = new ArrayDeque<>();
      Iterator<JobItem> next = pending.iterator();
      int done = resumed;
      while (next.hasNext() || !window.isEmpty()) {
        while (window.size() < 2 * threads && next.hasNext()) {
          JobItem item = next.next();
          window.add(pool.submit(() -> read(item, planFailures.get(item.input()))));
        }
        ItemReport report = write(job, take(window.removeFirst()));
        counts.merge(report.outcome(), 1, Integer::sum);
        if (report.outcome() == IngestOutcome.FAILED) {
          failures.add(report);
        }
        listener.item(report, ++done, items.size());
        if ((done - resumed) % COMMIT_EVERY == 0) {
          index.commit(index.indexedChange(), store.id());
        }
      }
    } finally {
      pool.shutdownNow();
      index.commit(index.indexedChange(), store.id());
    }
    store.finishJob(job.id(), clock.instant());
    return new IngestSummary(counts, failures, resumed);
  }

  private Read read(JobItem item, @Nullable String planFailure) {
    if (planFailure != null) {
      return new Read(item, null, planFailure);
    }
    try {
      Document d = isUrl(item.input()) ? ingester.fetch(URI.create(item.input())) : ingester.read(Path.of(item.input()));
      return analyzed(item, d);
    } catch (InputException e) {
      return new Read(item, null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A reader's bug on one hostile input (or markup nested too deep to walk) must not end the
      // whole ingest; it is that input's failure.
      return new Read(item, null, new InputException(item.input(), "cannot read: " + e, e).getMessage());
    }
  }

  /** The document with its analysis; a failed analysis keeps the document (it can be analysed again later). */
  private Read analyzed(JobItem item, Document d) {
    if (analyzer == null) {
      return new Read(item, d, null);
    }
    try {
      return new Read(item, d, null, analyzer.analyze(d), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Read(item, d, null, null, item.input() + ": stored without analysis: " + e);
    }
  }

  private ItemReport write(IngestJob job, Read read) {
    JobItem item = read.item();
    if (read.document() == null) {
      String message = read.failure() == null ? item.input() + ": cannot read" : read.failure();
      store.transaction(tx -> {
        tx.finishItem(job.id(), item.seqNo(), IngestOutcome.FAILED.name(), null, message);
        return null;
      });
      return new ItemReport(item.input(), IngestOutcome.FAILED, null, message);
    }
    Document document = read.document();
    Dedupe.Saved saved = store.transaction(tx -> {
      Dedupe.Saved s = Dedupe.save(document, clock.instant(), tx);
      Analysis kept = kept(read, s);
      if (kept != null) {
        tx.saveAnalysis(kept, Analyzer.VERSION, clock.instant());
        actors.link(tx, kept, clock.instant());
      }
      tx.finishItem(job.id(), item.seqNo(), s.outcome().name(), s.documentId(), read.analysisFailure());
      return s;
    });
    Analysis kept = kept(read, saved);
    String linkFailure = kept == null ? null : Linking.link(linker, store, kept);
    switch (saved.outcome()) {
      // Analysis changed the record after the insert (its countries), so the index takes it from the store.
      case NEW, NEAR_DUPLICATE -> index.put(read.analysis() == null ? saved.created()
          : store.find(saved.documentId()).orElseThrow());
      case UPDATED -> store.find(saved.documentId()).ifPresent(index::put);
      // A source added to a record changes nothing that the index holds.
      case DUPLICATE -> index.skip(saved.change());
      default -> { }
    }
    return new ItemReport(item.input(), saved.outcome(), saved.documentId(),
        linkFailure == null ? read.analysisFailure() : linkFailure);
  }

  /** The analysis to keep for a document whose text is new to the library, under the id it was stored as; else null. */
  private static @Nullable Analysis kept(Read read, Dedupe.Saved s) {
    boolean newText = s.outcome() == IngestOutcome.NEW || s.outcome() == IngestOutcome.NEAR_DUPLICATE
        || s.outcome() == IngestOutcome.UPDATED;
    return newText && read.analysis() != null ? read.analysis().withId(s.documentId()) : null;
  }

  private static Read take(Future<Read> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a reader thread failed", e.getCause());
    }
  }

  static boolean isUrl(String input) {
    return input.startsWith("http://") || input.startsWith("https://");
  }

  /** URLs as given; paths made absolute, so that the same file is the same source from any folder. */
  static String normalize(String input) {
    if (isUrl(input)) {
      return input;
    }
    try {
      return Path.of(input).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return input;
    }
  }
}
