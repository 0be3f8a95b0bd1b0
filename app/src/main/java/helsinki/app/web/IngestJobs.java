package helsinki.app.web;

import helsinki.library.ItemReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Ingests started from the browser that run after the request returns, one at a time (the library
 * has one writer), so that the page can poll their progress. The last {@value #KEPT} jobs are remembered.
 */
final class IngestJobs implements AutoCloseable {

  static final int KEPT = 50;

  /** Where a job is. */
  enum State { QUEUED, RUNNING, DONE, FAILED }

  /** A job's progress as the API gives it: results so far, in input order. */
  record Status(long id, State state, int total, int done, List<ItemReport> results, @Nullable String error) {}

  private final Ingest ingest;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "helsinki-web-ingest");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Job> jobs = new LinkedHashMap<>();

  IngestJobs(Ingest ingest) {
    this.ingest = ingest;
  }

  /** Queues a prepared batch; returns its status (QUEUED). */
  synchronized Status start(Ingest.Batch batch) {
    Job job = new Job(ids.incrementAndGet(), batch.size());
    jobs.put(job.id, job);
    while (jobs.size() > KEPT) {
      jobs.remove(jobs.keySet().iterator().next());
    }
    worker.submit(() -> run(job, batch));
    return job.status();
  }

  /** The job's status, if it is one of the remembered ones. */
  synchronized Optional<Status> status(long id) {
    return Optional.ofNullable(jobs.get(id)).map(Job::status);
  }

  private void run(Job job, Ingest.Batch batch) {
    job.set(State.RUNNING, null);
    try {
      ingest.run(batch, (report, done, total) -> job.add(report));
      job.set(State.DONE, null);
    } catch (RuntimeException e) {
      job.set(State.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  /** One job's mutable progress, guarded by its own lock. */
  private static final class Job {
    private final long id;
    private final int total;
    private final List<ItemReport> results = new ArrayList<>();
    private State state = State.QUEUED;
    private @Nullable String error;

    Job(long id, int total) {
      this.id = id;
      this.total = total;
    }

    synchronized void add(ItemReport r) {
      results.add(r);
    }

    synchronized void set(State s, @Nullable String why) {
      state = s;
      error = why;
    }

    synchronized Status status() {
      return new Status(id, state, total, results.size(), List.copyOf(results), error);
    }
  }
}
