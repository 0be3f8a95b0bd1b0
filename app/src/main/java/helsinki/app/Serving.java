package helsinki.app;

import helsinki.app.web.WebApp;
import helsinki.library.Library;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Serves a library's web app until the process is stopped (Ctrl-C) or the serving thread is interrupted. */
final class Serving {

  private Serving() {}

  /** Serves {@code library} on {@code host}:{@code port}, prints the URL, and returns when stopped. */
  static int serve(Library library, String host, int port, PrintWriter out, PrintWriter err) {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On Ctrl-C the JVM ends once its hooks return: wait for the server and library to close first.
    Thread hook = new Thread(() -> {
      stop.countDown();
      awaitQuietly(closed);
    }, "helsinki-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (WebApp web = WebApp.create(library).start(host, port)) {
      if (!WebApp.isLoopback(host)) {
        err.println("helsinki serve: warning: listening on " + host + ", so other machines can read this library");
      }
      out.printf(Locale.ROOT, "Serving the library at http://%s:%d/  (Ctrl-C stops)%n", urlHost(host), web.port());
      out.flush();
      stop.await();
    } catch (InterruptedException e) {
      // An interrupt means "stop", and stopping is handled here. The flag stays cleared on purpose:
      // set, it would make Lucene's NIO writes fail as the caller closes the library.
      err.flush();
    } finally {
      closed.countDown();
      removeHook(hook);
    }
    return 0;
  }

  private static String urlHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, which is how Ctrl-C got here: the hook is running.
    }
  }
}
