package helsinki.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import helsinki.core.InputException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt (RFC 9309) for Helsinki's user agent, read once per site and kept for the life of the
 * {@link Ingester}. A missing robots.txt (4xx) allows everything; a server error refuses the fetch
 * for now, as the RFC asks, without remembering it.
 */
final class Robots {

  /** The RFC asks crawlers to read at least the first 500 KiB. */
  private static final long MAX_BYTES = 500 << 10;
  private static final int MAX_REDIRECTS = 5;

  private final HttpFetcher http;
  private final List<String> names;
  private final Map<String, BaseRobotRules> bySite = new ConcurrentHashMap<>();

  Robots(HttpFetcher http, String robotName) {
    this.http = http;
    this.names = List.of(robotName);
  }

  /** Whether robots.txt of {@code url}'s site lets Helsinki fetch it. */
  boolean allows(String source, URI url) throws InputException {
    String site = site(url);
    BaseRobotRules rules = bySite.get(site);
    if (rules == null) {
      rules = read(source, URI.create(site + "/robots.txt"));
      // Two threads may read the same robots.txt at once; the rules are equal, keep the first.
      BaseRobotRules earlier = bySite.putIfAbsent(site, rules);
      rules = earlier == null ? rules : earlier;
    }
    return rules.isAllowed(url.toString());
  }

  private BaseRobotRules read(String source, URI robotsUrl) throws InputException {
    URI current = robotsUrl;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpFetcher.Answer answer = http.get(source, current, MAX_BYTES);
      int status = answer.status();
      if (status >= 300 && status < 400 && answer.location() != null) {
        current = current.resolve(answer.location().strip());
        if (!current.getScheme().startsWith("http")) {
          break;
        }
        continue;
      }
      if (status >= 500) {
        throw new InputException(source, "robots.txt cannot be read now (the server answered HTTP " + status + ")");
      }
      if (status < 200 || status > 299 || answer.body() == null) {
        return new SimpleRobotRulesParser().failedFetch(status);
      }
      // A new parser each time: it counts warnings in a field, so it is not safe to share.
      return new SimpleRobotRulesParser().parseContent(robotsUrl.toString(), answer.body().bytes(), "text/plain", names);
    }
    return new SimpleRobotRulesParser().failedFetch(404); // too many redirects: the RFC treats it as unavailable
  }

  private static String site(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
