package helsinki.app.web;

import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.library.Library;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web app over one library: HTML pages for people, a JSON API under {@code /api} for programs.
 * It serves whoever can reach the address it binds, so callers bind to the loopback address unless
 * the user says otherwise.
 */
public final class WebApp implements AutoCloseable {

  /** Uploads larger than this (in all) are refused with 413. */
  public static final long DEFAULT_MAX_UPLOAD = 100L * 1024 * 1024;

  /** Fewer than this and Jetty's acceptor and selectors would leave no thread for requests. */
  private static final int MIN_THREADS = 6;
  private static final int DEFAULT_THREADS = 250;

  private final Javalin javalin;
  private final List<String> routes = new CopyOnWriteArrayList<>();
  private volatile boolean loopbackOnly;
  private final IngestJobs jobs;

  /**
   * Jetty's threads: Javalin's 250 unless {@code -Dhelsinki.webThreads=N} says (at least 6: Jetty's
   * acceptor and selectors take some). Fewer threads than requests in flight queue the rest in order
   * instead of sharing the cores among all; on a loaded two-core machine neither was measurably better.
   */
  static QueuedThreadPool threadPool() {
    int threads = Math.max(MIN_THREADS, Integer.getInteger("helsinki.webThreads", DEFAULT_THREADS));
    QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 8), 60_000);
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  private WebApp(Library library, long maxUpload) {
    Templates templates = new Templates();
    Ingest ingest = new Ingest(library, maxUpload);
    this.javalin = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jetty.threadPool = threadPool();
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/helsinki/app/web/static";
        s.location = Location.CLASSPATH;
      });
      // Caught when a body has no Content-Length (chunked): Ingest.checkSize cannot see its size first.
      config.jetty.multipartConfig.maxTotalRequestSize(maxUpload, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(maxUpload, SizeUnit.BYTES);
      config.events(e -> e.handlerAdded(h -> routes.add(h.getHttpMethod() + " " + h.getPath())));
    });
    this.jobs = new IngestJobs(ingest);
    Pages pages = new Pages(library, templates, ingest);
    pages.register(javalin);
    new ReviewPages(library, templates).register(javalin);
    new CountryPages(library, templates, WorldMap.load()).register(javalin);
    new Api(library, ingest).register(javalin);
    new WorkbenchApi(library, ingest, jobs).register(javalin);
    new ActorPages(library, templates).register(javalin);
    new AskPages(library, templates).register(javalin);
    new EngagementPages(library, templates).register(javalin);
    new RecordsApi(library).register(javalin);
    javalin.before(this::refuseForeignHosts);
    javalin.before(WebApp::refuseForeignPosts);
    javalin.exception(HttpError.class, (e, ctx) -> fail(ctx, templates, e.status(), e.getMessage()));
    javalin.exception(InputException.class, (e, ctx) -> fail(ctx, templates, 400, e.getMessage()));
    javalin.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, templates, e.getStatus(), e.getMessage()));
    javalin.exception(Exception.class, (e, ctx) -> {
      if (tooLarge(e)) {
        fail(ctx, templates, 413, "the upload is larger than the most this server takes, " + maxUpload + " bytes");
      } else {
        fail(ctx, templates, 500, oneLine(e));
      }
    });
    javalin.error(404, ctx -> {
      if (ctx.attribute("failed") == null) {
        fail(ctx, templates, 404, "there is no page at " + ctx.path());
      }
    });
  }

  /** The web app over {@code library}, not yet listening. */
  public static WebApp create(Library library) {
    return new WebApp(library, DEFAULT_MAX_UPLOAD);
  }

  /** The web app over {@code library}, refusing uploads larger than {@code maxUpload} bytes. */
  public static WebApp create(Library library, long maxUpload) {
    return new WebApp(library, maxUpload);
  }

  /** Starts listening on {@code host}:{@code port} (0 picks a free port); returns this. */
  public WebApp start(String host, int port) {
    loopbackOnly = isLoopback(host);
    javalin.start(host, port);
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return javalin.port();
  }

  /** The Javalin app, for in-process tests. */
  Javalin javalin() {
    return javalin;
  }

  /** "GET /search", "POST /api/ingest"…: every route registered, in order. */
  List<String> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    try {
      javalin.stop();
    } finally {
      jobs.close();
    }
  }

  /** Whether {@code host} names this machine's loopback address. */
  public static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1");
  }

  /**
   * A site whose name its owner points at 127.0.0.1 (DNS rebinding) would be the same origin as
   * this app to the browser, and could read the library; its requests still carry its own name as
   * Host, so a loopback-only server answers only requests addressed to a loopback name.
   */
  private void refuseForeignHosts(Context ctx) {
    String host = ctx.header("Host");
    if (loopbackOnly && host != null && !isLoopback(host.replaceFirst(":\\d+$", ""))) {
      throw new HttpError(403, "this server answers only requests addressed to this machine, not to " + host);
    }
  }

  /**
   * A page on another site could make a visitor's browser post to this app (it runs on a known
   * port); browsers name the posting page's origin, so a post from a foreign origin is refused.
   */
  private static void refuseForeignPosts(Context ctx) {
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    if ("POST".equals(ctx.method().name()) && origin != null && host != null
        && !origin.replaceFirst("^https?://", "").equals(host)) {
      throw new HttpError(403, "refusing a post from another site (" + origin + ")");
    }
  }

  private static void fail(Context ctx, Templates templates, int status, String message) {
    ctx.attribute("failed", true);
    ctx.status(status);
    String line = message.replaceAll("\\s+", " ").strip();
    if (ctx.path().startsWith("/api/") || ctx.path().endsWith(".json")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("error", line);
      ctx.contentType(ContentType.APPLICATION_JSON).result(Json.line(body));
    } else {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("status", status);
      model.put("message", line);
      ctx.html(templates.render("error", model));
    }
  }

  /** Jetty reports a multipart body over its limits only by an IllegalStateException's message. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().contains("exceeds max")) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Exception e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 3; t = t.getCause()) {
      parts.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
    return String.join(": ", parts);
  }
}
