package helsinki.ingest;

import helsinki.core.InputException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches web pages politely and defensively: http and https only, a named user agent, robots.txt
 * honoured, redirects followed by hand (with a limit and loop detection, and robots.txt asked again
 * on each new host), a time limit on each answer, and bodies cut off at the size limit while they
 * stream. One client serves every fetch of an {@link Ingester}, on any thread.
 */
final class HttpFetcher {

  /** A fetched body, the URL it finally came from, and what the server said it is. */
  record Fetched(URI url, byte[] body, @Nullable String contentType) {}

  /** One answer: status, headers that matter, and the body (null when not read). */
  record Answer(int status, @Nullable String location, @Nullable String contentType, LimitedBody.@Nullable Result body) {}

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final IngestSettings settings;
  private final HttpClient client;
  private final Robots robots;

  HttpFetcher(IngestSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, to count, detect loops and ask robots.txt
            .build();
    this.robots = new Robots(this, settings.robotName());
  }

  /** Fetches {@code url} for the user, who named it {@code source}. */
  Fetched fetch(String source, URI url) throws InputException {
    URI current = checkScheme(source, url);
    Set<URI> seen = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!seen.add(current)) {
        throw new InputException(source, "redirects in a loop (back to " + current + ")");
      }
      if (!robots.allows(source, current)) {
        throw new InputException(source, "disallowed by robots.txt" + (hop > 0 ? " (after a redirect to " + current + ")" : ""));
      }
      Answer answer = get(source, current, settings.maxBytes());
      if (REDIRECTS.contains(answer.status())) {
        if (hop >= settings.maxRedirects()) {
          throw new InputException(source, "more than " + settings.maxRedirects() + " redirects");
        }
        current = next(source, current, answer);
        continue;
      }
      if (answer.status() < 200 || answer.status() > 299) {
        throw new InputException(source, "the server answered HTTP " + answer.status());
      }
      LimitedBody.Result body = answer.body();
      if (body == null || body.truncated()) {
        String size = body != null && body.declaredLength() >= 0 ? body.declaredLength() + " bytes, " : "";
        throw new InputException(source, "is " + size + "over the " + settings.maxBytesText() + " limit");
      }
      return new Fetched(current, body.bytes(), answer.contentType());
    }
  }

  private URI next(String source, URI current, Answer answer) throws InputException {
    if (answer.location() == null) {
      throw new InputException(source, "the server answered HTTP " + answer.status() + " without saying where to");
    }
    try {
      return checkScheme(source, current.resolve(answer.location().strip()));
    } catch (IllegalArgumentException e) {
      throw new InputException(source, "redirected to a malformed URL: " + answer.location(), e);
    }
  }

  static URI checkScheme(String source, URI url) throws InputException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(source, "only http and https URLs can be fetched" + (url.toString().equals(source) ? "" : " (redirected to " + url + ")"));
    }
    if (url.getHost() == null) {
      throw new InputException(source, "the URL names no host");
    }
    return url;
  }

  /**
   * One GET without following redirects; the body is read only for a 2xx answer, up to {@code
   * maxBytes}. Package-private for {@link Robots}.
   */
  Answer get(String source, URI url, long maxBytes) throws InputException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.8")
            .GET()
            .build();
    CompletableFuture<HttpResponse<LimitedBody.@Nullable Result>> future =
        client.sendAsync(request, info -> LimitedBody.forAnswer(info, maxBytes));
    try {
      // The request timeout covers only the wait for headers; this one covers the whole answer.
      HttpResponse<LimitedBody.@Nullable Result> response = future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw noAnswer(source, url);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputException(source, "interrupted while fetching", e);
    } catch (ExecutionException e) {
      throw failure(source, url, e.getCause());
    }
  }

  private InputException noAnswer(String source, URI url) {
    return new InputException(source, "no answer within " + IngestSettings.text(settings.readTimeout()) + about(source, url));
  }

  private InputException failure(String source, URI url, Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new InputException(source, "no connection within " + IngestSettings.text(settings.connectTimeout()) + about(source, url), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return noAnswer(source, url);
    }
    if (unresolved(cause)) {
      return new InputException(source, "no such host: " + url.getHost(), cause);
    }
    if (cause instanceof ConnectException) {
      return new InputException(source, "cannot connect to " + url.getAuthority() + ": connection refused", cause);
    }
    if (cause instanceof SSLException) {
      return new InputException(source, "the secure connection failed: " + Reasons.shortReason(cause), cause);
    }
    if (cause instanceof IOException) {
      return new InputException(source, "the connection failed: " + Reasons.shortReason(cause), cause);
    }
    return new InputException(source, "cannot fetch: " + Reasons.shortReason(cause), cause);
  }

  private static boolean unresolved(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  /** Says which URL did not answer when it is not the one the user gave. */
  private static String about(String source, URI url) {
    return url.toString().equals(source) ? "" : " (from " + url + ")";
  }
}
