package helsinki.app.web;

import java.util.List;

/** The pages the top bar links to, in order: one line per page, so that a new page (actors, asks…) adds one line. */
final class Navigation {

  /** A link in the top bar. */
  record Link(String label, String href) {}

  static final List<Link> LINKS = List.of(
      new Link("Search", "/search"),
      new Link("Countries", "/countries"),
      new Link("Actors", "/actors"),
      new Link("Asks", "/asks"),
      new Link("Engagements", "/engagements"),
      new Link("Audit", "/audit"),
      new Link("Ingest", "/ingest"),
      new Link("API", "/api/openapi.json"));

  private Navigation() {}
}
