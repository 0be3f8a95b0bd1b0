package helsinki.ingest;

import java.time.Duration;

/**
 * The limits that keep one hostile input from taking an ingest down, and how Helsinki presents
 * itself to web servers.
 *
 * @param maxBytes the largest input read, in bytes
 * @param parseTimeout how long one document may take to parse
 * @param connectTimeout how long to wait for a web server to accept a connection
 * @param readTimeout how long to wait for a web server's whole answer
 * @param maxRedirects how many redirects a fetch follows before it gives up
 * @param userAgent the name Helsinki gives web servers, and looks for in robots.txt
 */
public record IngestSettings(
    long maxBytes,
    Duration parseTimeout,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    String userAgent) {

  /** Limits fit for a laptop: 64 MiB inputs, 60 s to parse, 10 s to connect, 30 s to fetch, 5 redirects. */
  public static IngestSettings defaults() {
    return new IngestSettings(
        64L << 20, Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(30), 5, "Helsinki/0.1");
  }
}
