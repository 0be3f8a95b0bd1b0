package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import helsinki.core.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching over real HTTP from servers the test starts on 127.0.0.1. */
class FetchTest {

  private static final Ingester ingester = new Ingester(Fixtures.settings());

  private HttpServer server;
  private final AtomicInteger robotsReads = new AtomicInteger();
  private final AtomicInteger hops = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/robots.txt", ex -> {
      robotsReads.incrementAndGet();
      send(ex, 200, "text/plain", "User-agent: helsinki\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n".getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/forever/", ex -> redirect(ex, "/forever/" + hops.incrementAndGet()));
    server.createContext("/ping", ex -> redirect(ex, "/pong"));
    server.createContext("/pong", ex -> redirect(ex, "/ping"));
    server.createContext("/old", ex -> redirect(ex, "/news/new"));
    server.createContext("/news/new", ex -> send(ex, 200, "text/html; charset=utf-8",
        "<html><head><title>Moved</title></head><body><p>The statement moved here and is still about the detained lawyers.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/ru", ex -> send(ex, 200, "text/html; charset=windows-1251",
        "<html><body><p>Правозащитники требуют немедленно освободить задержанных журналистов и адвокатов.</p></body></html>".getBytes(Charset.forName("windows-1251"))));
    server.createContext("/to-private", ex -> redirect(ex, "/private/page"));
    server.createContext("/private/", ex -> send(ex, 200, "text/plain", "secret".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/huge", ex -> {
      ex.sendResponseHeaders(200, 0); // chunked: the size is not known in advance
      try (OutputStream out = ex.getResponseBody()) {
        byte[] block = new byte[64 << 10];
        java.util.Arrays.fill(block, (byte) 'a');
        for (int i = 0; i < 64; i++) {
          out.write(block);
        }
      } catch (IOException e) {
        // the client hung up at the limit, as it should
      }
    });
    server.createContext("/declared-huge", ex -> {
      ex.sendResponseHeaders(200, 3 << 20);
      ex.close(); // the client must give up on the header alone
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void a_page_with_a_declared_charset_is_decoded_with_it() throws Exception {
    Document doc = ingester.fetch(url("/ru"));

    assertThat(doc.text()).contains("Правозащитники требуют");
    assertThat(doc.language()).isEqualTo("ru");
    assertThat(doc.source()).isEqualTo(url("/ru").toString());
  }

  @Test
  void a_redirect_is_followed_and_the_final_url_is_the_base() throws Exception {
    HttpFetcher.Fetched page = new HttpFetcher(Fixtures.settings()).fetch("old", url("/old"));

    assertThat(page.url()).isEqualTo(url("/news/new"));
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(ingester.fetch(url("/old")).text()).contains("still about the detained lawyers");
  }

  @Test
  void a_404_says_what_the_server_answered() {
    assertThatThrownBy(() -> ingester.fetch(url("/missing"))).hasMessage(url("/missing") + ": the server answered HTTP 404");
  }

  @Test
  void endless_redirects_stop_at_the_limit() {
    assertThatThrownBy(() -> ingester.fetch(url("/forever/0"))).hasMessage(url("/forever/0") + ": more than 5 redirects");
    assertThat(hops.get()).isEqualTo(6);
  }

  @Test
  void a_redirect_loop_is_named_as_one() {
    assertThatThrownBy(() -> ingester.fetch(url("/ping"))).hasMessage(url("/ping") + ": redirects in a loop (back to " + url("/ping") + ")");
  }

  @Test
  void robots_txt_is_honoured_and_read_once_per_site() {
    assertThatThrownBy(() -> ingester.fetch(url("/private/file"))).hasMessage(url("/private/file") + ": disallowed by robots.txt");
    assertThatThrownBy(() -> ingester.fetch(url("/private/other"))).hasMessage(url("/private/other") + ": disallowed by robots.txt");

    assertThat(robotsReads.get()).isEqualTo(1);
  }

  @Test
  void robots_txt_is_asked_again_after_a_redirect() {
    assertThatThrownBy(() -> ingester.fetch(url("/to-private")))
        .hasMessage(url("/to-private") + ": disallowed by robots.txt (after a redirect to " + url("/private/page") + ")");
  }

  @Test
  void a_robots_txt_server_error_refuses_the_fetch_for_now() throws IOException {
    HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    broken.createContext("/robots.txt", ex -> send(ex, 503, "text/plain", new byte[0]));
    broken.createContext("/page", ex -> send(ex, 200, "text/plain", "fine".getBytes(StandardCharsets.UTF_8)));
    broken.start();
    try {
      URI page = URI.create("http://127.0.0.1:" + broken.getAddress().getPort() + "/page");

      assertThatThrownBy(() -> ingester.fetch(page)).hasMessage(page + ": robots.txt cannot be read now (the server answered HTTP 503)");
    } finally {
      broken.stop(0);
    }
  }

  @Test
  void a_site_without_robots_txt_may_be_fetched() throws Exception {
    HttpServer plain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    plain.createContext("/", ex -> {
      if (ex.getRequestURI().getPath().equals("/robots.txt")) {
        send(ex, 404, "text/plain", new byte[0]);
      } else {
        send(ex, 200, "text/plain; charset=utf-8", "The tribunal postponed the hearing of the eleven activists again.".getBytes(StandardCharsets.UTF_8));
      }
    });
    plain.start();
    try {
      URI page = URI.create("http://127.0.0.1:" + plain.getAddress().getPort() + "/statement");

      assertThat(ingester.fetch(page).text()).contains("postponed the hearing");
    } finally {
      plain.stop(0);
    }
  }

  @Test
  void a_body_past_the_size_limit_is_cut_off_while_it_streams() {
    assertThatThrownBy(() -> ingester.fetch(url("/huge"))).hasMessage(url("/huge") + ": is over the 1 MiB limit");
  }

  @Test
  void a_declared_length_past_the_limit_is_refused_before_the_body_is_read() {
    assertThatThrownBy(() -> ingester.fetch(url("/declared-huge"))).hasMessage(url("/declared-huge") + ": is 3145728 bytes, over the 1 MiB limit");
  }

  @Test
  void only_http_and_https_are_fetched() {
    assertThatThrownBy(() -> ingester.fetch(URI.create("ftp://127.0.0.1/file.pdf")))
        .hasMessage("ftp://127.0.0.1/file.pdf: only http and https URLs can be fetched");
    assertThatThrownBy(() -> ingester.fetch(URI.create("file:///etc/passwd")))
        .hasMessage("file:///etc/passwd: only http and https URLs can be fetched");
  }

  @Test
  void a_closed_port_says_the_connection_was_refused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/page");

    assertThatThrownBy(() -> ingester.fetch(closed)).hasMessage(closed + ": cannot connect to 127.0.0.1:" + port + ": connection refused");
  }

  @Test
  void a_server_that_never_answers_gives_up_after_the_read_timeout() throws IOException {
    IngestSettings s = Fixtures.settings();
    IngestSettings impatient = new IngestSettings(s.maxBytes(), s.maxChars(), s.parseTimeout(), s.connectTimeout(), Duration.ofMillis(300), s.maxRedirects(), s.userAgent());
    // The kernel completes the connection into the backlog; nobody ever reads or answers.
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/page");
      long start = System.nanoTime();

      assertThatThrownBy(() -> new HttpFetcher(impatient).fetch(url.toString(), url))
          .hasMessage(url + ": no answer within 300 ms (from http://127.0.0.1:" + silent.getLocalPort() + "/robots.txt)");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

}
