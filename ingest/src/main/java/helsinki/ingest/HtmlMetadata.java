package helsinki.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Author;
import helsinki.core.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a web page says about itself in its markup: meta tags (Open Graph, Dublin Core, citation),
 * schema.org JSON-LD, bylines and {@code <time>} elements. Only what the page states; unknown is
 * null or empty.
 */
final class HtmlMetadata {

  private static final List<String> ARTICLE_TYPES = List.of(
      "article", "newsarticle", "reportagenewsarticle", "backgroundnewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "blogposting", "report", "scholarlyarticle", "pressrelease", "webpage", "socialmediaposting");

  private final Document dom;
  private final @Nullable JsonNode article;

  HtmlMetadata(Document dom) {
    this.dom = dom;
    this.article = findArticle(dom);
  }

  /** The page's own URL: canonical link, og:url, else the address it was read from. */
  @Nullable String url(String source) {
    Element canonical = dom.selectFirst("link[rel=canonical][href]");
    if (canonical != null && canonical.absUrl("href").startsWith("http")) {
      return canonical.absUrl("href");
    }
    String og = meta("og:url");
    return og != null && og.startsWith("http") ? og : (source.contains("://") ? source : null);
  }

  @Nullable String title() {
    String t = first(meta("og:title"), meta("twitter:title"), text(article, "headline"), h1());
    return t != null ? t : (dom.title().isBlank() ? null : dom.title().strip());
  }

  /** A deck beside the h1 (same parent or grandparent), marked as a subtitle or as the h2 right after it. */
  @Nullable String subtitle() {
    Element h1 = dom.selectFirst("h1");
    if (h1 == null) {
      return null;
    }
    Element next = h1.nextElementSibling();
    if (next != null && next.normalName().equals("h2") && !next.text().isBlank()) {
      return next.text().strip();
    }
    Element scope = h1.parent() != null && h1.parent().parent() != null ? h1.parent().parent() : h1.parent();
    Element deck = scope == null ? null : scope.selectFirst(
        "[class~=(?i)(^|\\s)(sub-?title|standfirst|deck|dek|sub-?heading|subhead|article-subtitle)(\\s|$)]");
    return deck != null && !deck.text().isBlank() && deck.text().split("\\s+").length <= 40 ? deck.text().strip() : null;
  }

  @Nullable String siteName() {
    JsonNode publisher = article == null ? null : article.get("publisher");
    for (String name : new String[] {meta("og:site_name"), text(publisher, "name"), meta("publisher"),
        meta("dc.publisher"), meta("citation_publisher"), meta("application-name")}) {
      // "LinkNaija | Nigeria's news platform" is a name and a slogan; an address is no name at all.
      String cleaned = name == null ? null : name.split(" \\| ")[0].strip();
      if (cleaned != null && !cleaned.isEmpty() && !cleaned.contains("://") && !cleaned.startsWith("www.")) {
        return cleaned;
      }
    }
    return null;
  }

  List<Author> authors() {
    List<Author> authors = new ArrayList<>();
    JsonNode node = article == null ? null : article.get("author");
    for (JsonNode a : node == null ? List.<JsonNode>of() : node.isArray() ? list(node) : List.of(node)) {
      String type = text(a, "@type");
      String name = a.isTextual() ? a.asText() : text(a, "name");
      List<Author> named = name == null ? List.of() : Signatures.bylineNames(name);
      Author person = named.isEmpty() ? null : named.get(0);
      if (person != null && (type == null || type.equalsIgnoreCase("Person"))) {
        authors.add(new Author(person.name(), text(a, "jobTitle") != null ? text(a, "jobTitle") : person.role()));
      }
    }
    if (authors.isEmpty()) {
      for (String key : List.of("author", "dc.creator", "citation_author", "article:author")) {
        String value = meta(key);
        List<Author> named = value == null || value.contains("://") ? List.of() : Signatures.bylineNames(value);
        if (!named.isEmpty()) {
          authors.addAll(named);
          break;
        }
      }
    }
    if (authors.isEmpty()) {
      Element byline = dom.selectFirst("[rel=author], [itemprop=author], [class~=(?i)(^|\\s)(byline|author|author-name)(\\s|$)]");
      if (byline != null) {
        authors.addAll(Signatures.bylineNames(byline.text()));
      }
    }
    return authors;
  }

  @Nullable LocalDate published() {
    for (String key : List.of("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date",
        "citation_publication_date", "citation_date", "parsely-pub-date", "sailthru.date")) {
      String v = meta(key);
      LocalDate d = v == null ? null : Dates.parse(v);
      if (d != null) {
        return d;
      }
    }
    String ld = text(article, "datePublished");
    if (ld != null && Dates.parse(ld) != null) {
      return Dates.parse(ld);
    }
    Element time = dom.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime], "
        + "[itemprop=datePublished][content], article header time[datetime], header time[datetime]");
    if (time == null) {
      return null;
    }
    return Dates.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
  }

  @Nullable String schemaType() {
    return text(article, "@type");
  }

  @Nullable String ogType() {
    return meta("og:type");
  }

  private @Nullable String meta(String key) {
    for (Element m : dom.select("meta[content]")) {
      String k = first(attr(m, "property"), attr(m, "name"), attr(m, "itemprop"));
      if (k != null && k.toLowerCase(Locale.ROOT).equals(key) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private @Nullable String h1() {
    Element h1 = dom.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  private static @Nullable String attr(Element e, String name) {
    return e.hasAttr(name) ? e.attr(name) : null;
  }

  private static @Nullable JsonNode findArticle(Document dom) {
    for (Element script : dom.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = Json.mapper().readTree(script.data());
      } catch (JsonProcessingException e) {
        // A page's broken JSON-LD says nothing; the meta tags and the text still may.
        continue;
      }
      List<JsonNode> nodes = new ArrayList<>(root.isArray() ? list(root) : List.of(root));
      if (root.has("@graph")) {
        nodes.addAll(list(root.get("@graph")));
      }
      for (JsonNode node : nodes) {
        String type = typeOf(node);
        if (type != null && ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT)) && !type.equalsIgnoreCase("webpage")) {
          return node;
        }
      }
    }
    return null;
  }

  private static @Nullable String typeOf(JsonNode node) {
    JsonNode t = node.get("@type");
    if (t == null) {
      return null;
    }
    return t.isArray() && t.size() > 0 ? t.get(0).asText() : t.asText();
  }

  private static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null || !node.has(field)) {
      return null;
    }
    JsonNode v = node.get(field);
    if (field.equals("@type")) {
      return typeOf(node);
    }
    return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @SafeVarargs
  private static <T> @Nullable T first(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
