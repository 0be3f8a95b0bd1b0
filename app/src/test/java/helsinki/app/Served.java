package helsinki.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A serving {@code helsinki} command run on a thread of this JVM, stopped by interrupting it. */
final class Served {

  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");

  private final Thread thread;
  private final StringWriter out;
  private final CompletableFuture<Integer> exit;
  private final String base;

  private Served(Thread thread, StringWriter out, CompletableFuture<Integer> exit, String base) {
    this.thread = thread;
    this.out = out;
    this.exit = exit;
    this.base = base;
  }

  /** Runs the command and waits (at most 60 s) until it prints the URL it serves. */
  static Served start(String... args) throws InterruptedException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread thread = new Thread(() -> exit.complete(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)));
    thread.start();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && !exit.isDone()) {
      Matcher m = URL.matcher(out.toString());
      if (m.find()) {
        return new Served(thread, out, exit, m.group(1));
      }
      Thread.sleep(50);
    }
    thread.interrupt();
    throw new AssertionError("the command printed no URL; out: " + out + " err: " + err);
  }

  String output() {
    return out.toString();
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Interrupts the command as Ctrl-C would stop it; returns its exit code. */
  int stop() throws Exception {
    thread.interrupt();
    return exit.get(20, TimeUnit.SECONDS);
  }
}
