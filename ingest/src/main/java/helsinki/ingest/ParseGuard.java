package helsinki.ingest;

import helsinki.core.InputException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each parse on a worker thread with a time limit, so that one input whose parser hangs or
 * loops costs its time limit and not the run.
 *
 * <p>Parsing stays in this process rather than in a forked one (Tika's ForkParser or PipesParser):
 * a fork costs a JVM start per worker, needs Tika's jars on a separate class path next to the
 * shaded command, and would have to be rebuilt for the Spark module. The limits here (input
 * size, time, text length, zip-bomb ratios, no embedded documents) cover the hostile inputs we
 * know; what they do not cover is a parser bug that loops without producing output, or that
 * exhausts memory before the size and text limits apply. Such a thread is abandoned (it is a
 * daemon, and interrupted), and after {@link #MAX_OVERDUE} of them this guard refuses further work,
 * so the process degrades visibly instead of slowly. If real documents show those bugs, a forked
 * parser for PDF and office files is the next step.
 */
final class ParseGuard {

  /** A unit of work that may fail with a user-facing reason. */
  @FunctionalInterface
  interface Work<T> {
    T call() throws InputException;
  }

  static final int MAX_OVERDUE = 8;

  private final Duration timeout;
  private final ExecutorService workers;
  private final AtomicInteger overdue = new AtomicInteger();

  ParseGuard(Duration timeout) {
    this.timeout = timeout;
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "helsinki-parse-" + count.incrementAndGet());
              t.setDaemon(true); // an abandoned parse must not keep the JVM alive
              return t;
            });
  }

  /** Runs {@code work} for {@code source}, giving up after the time limit. */
  <T> T run(String source, Work<T> work) throws InputException {
    int stuck = overdue.get();
    if (stuck >= MAX_OVERDUE) {
      throw new InputException(source, "not parsed: " + stuck + " earlier parses are still running past their time limit");
    }
    // 0 running, 1 finished in time, 2 overdue; whoever moves it from 0 decides who counts.
    AtomicInteger state = new AtomicInteger();
    Future<T> future =
        workers.submit(
            () -> {
              try {
                return work.call();
              } finally {
                if (!state.compareAndSet(0, 1)) {
                  overdue.decrementAndGet();
                }
              }
            });
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (state.compareAndSet(0, 2)) {
        overdue.incrementAndGet();
      }
      future.cancel(true);
      throw new InputException(source, "took longer than " + IngestSettings.text(timeout) + " to parse");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputException(source, "interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw failure(source, e.getCause());
    }
  }

  private static InputException failure(String source, Throwable cause) {
    if (cause instanceof InputException input) {
      return input;
    }
    if (cause instanceof StackOverflowError) {
      return new InputException(source, "cannot be parsed: its structure is nested too deeply", cause);
    }
    if (cause instanceof OutOfMemoryError) {
      return new InputException(source, "cannot be parsed: it needs more memory than the Java heap has", cause);
    }
    return new InputException(source, "cannot be parsed: " + Reasons.shortReason(cause), cause);
  }
}
