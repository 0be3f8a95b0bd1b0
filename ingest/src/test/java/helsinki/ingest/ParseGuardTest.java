package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.InputException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ParseGuardTest {

  @Test
  void a_parse_past_its_time_limit_gives_one_line_and_the_next_parse_runs() throws Exception {
    ParseGuard guard = new ParseGuard(Duration.ofMillis(200));
    long start = System.nanoTime();

    assertThatThrownBy(() -> guard.run("stuck.pdf", () -> {
          spinIgnoringInterrupts(Duration.ofSeconds(2)); // a parser that ignores interruption
          return "never";
        }))
        .hasMessage("stuck.pdf: took longer than 200 ms to parse");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(guard.run("next.txt", () -> "read")).isEqualTo("read");
  }

  @Test
  void too_many_abandoned_parses_make_the_guard_refuse_more_work() throws Exception {
    ParseGuard guard = new ParseGuard(Duration.ofMillis(50));
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < ParseGuard.MAX_OVERDUE; i++) {
      assertThatThrownBy(() -> guard.run("stuck", () -> awaitUninterruptibly(release))).isInstanceOf(InputException.class);
    }

    assertThatThrownBy(() -> guard.run("later.txt", () -> "read"))
        .hasMessage("later.txt: not parsed: 8 earlier parses are still running past their time limit");

    release.countDown();
    assertThat(runOnceWorkersFinish(guard)).isEqualTo("read"); // finished workers no longer count
  }

  @Test
  void a_stack_overflow_in_a_parser_becomes_a_one_line_error() {
    ParseGuard guard = new ParseGuard(Duration.ofSeconds(5));

    assertThatThrownBy(() -> guard.run("deep.xml", () -> recurse(0)))
        .hasMessage("deep.xml: cannot be parsed: its structure is nested too deeply");
  }

  private static String runOnceWorkersFinish(ParseGuard guard) throws InputException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        return guard.run("later.txt", () -> "read");
      } catch (InputException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  private static String awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return "done";
      } catch (InterruptedException e) {
        // keep waiting, as a parser deaf to interrupts would
      }
    }
  }

  private static void spinIgnoringInterrupts(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  private static String recurse(int depth) {
    return recurse(depth + 1) + depth;
  }
}
