package helsinki.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The page's headline: og:title, else the first h1, else the title element, without the site's name. */
final class HtmlTitle {

  /** Separators between a headline and a site name: "Headline | Site", "Headline - Site", "Site: Headline". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:/»]{1,2}\\s+");

  private HtmlTitle() {}

  static @Nullable String of(Document dom) {
    String site = meta(dom, "og:site_name");
    String h1 = firstText(dom.selectFirst("h1"));
    for (String candidate : new String[] {meta(dom, "og:title"), meta(dom, "twitter:title"), h1, dom.title()}) {
      String t = HtmlBlocks.normalise(candidate);
      if (!t.isEmpty()) {
        return withoutSite(t, site, h1);
      }
    }
    return null;
  }

  /**
   * Every form the headline takes on the page (meta titles, h1s, the title element and its segments), as
   * {@link #key}s, so that a repeat of it inside the article can be recognised and left out.
   */
  static Set<String> variants(Document dom) {
    Set<String> keys = new HashSet<>();
    List<String> forms = new ArrayList<>(List.of(meta(dom, "og:title"), meta(dom, "twitter:title"), dom.title()));
    for (Element h1 : dom.select("h1")) {
      forms.add(h1.text());
    }
    for (String form : forms) {
      keys.add(key(form));
      for (String part : SEPARATOR.split(form)) {
        keys.add(key(part));
      }
    }
    keys.remove("");
    return keys;
  }

  /** Lower-case letters and digits, single-spaced: two spellings of one headline share a key. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    return out.toString().strip();
  }

  /** Drops a segment that names the site; failing that, keeps the longest segment if it reads as a headline. */
  static String withoutSite(String title, String site, String h1) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    for (String part : parts) {
      if (!h1.isEmpty() && part.equalsIgnoreCase(HtmlBlocks.normalise(h1))) {
        return part;
      }
    }
    StringBuilder kept = new StringBuilder();
    boolean dropped = false;
    for (String part : parts) {
      if (!site.isEmpty() && (part.equalsIgnoreCase(site) || site.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT)))) {
        dropped = true;
      } else {
        kept.append(kept.isEmpty() ? "" : " - ").append(part);
      }
    }
    if (dropped && !kept.isEmpty()) {
      return kept.toString();
    }
    String last = parts[parts.length - 1];
    String rest = title.substring(0, title.length() - last.length()).replaceAll("[\\s|\\-–—·:/»]+$", "");
    // A short trailing segment after a longer headline is the site's name, as on most news sites.
    return words(last) <= 4 && words(rest) >= 3 ? rest : title;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static String meta(Document dom, String property) {
    Element e = dom.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? "" : HtmlBlocks.normalise(e.attr("content"));
  }

  private static String firstText(@Nullable Element e) {
    return e == null ? "" : HtmlBlocks.normalise(e.text());
  }
}
