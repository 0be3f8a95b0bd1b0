package helsinki.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's tag, class, id and role say about whether it holds article text or site chrome. */
final class HtmlHints {

  /** Elements that never hold article prose. */
  static final Set<String> NEVER_CONTENT = Set.of(
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav", "aside",
      "footer", "button", "input", "select", "textarea", "option", "link", "meta", "map", "audio", "video",
      "source", "dialog", "menu", "head");

  /** Landmark roles of chrome: navigation, site banner and footer, sidebars, dialogs, search. */
  static final Set<String> CHROME_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
      "search", "toolbar", "tablist", "alert");

  /** Class or id words of chrome that is never the article, however much text it holds. */
  private static final Pattern CHROME = Pattern.compile(
      "(?i)breadcrumb|comment(?!ary)|disqus|replies|respond|related|recommend|share|sharing|social|cookie|consent|gdpr"
          + "|newsletter|signup|sign-up|subscri|footer|menu|sidebar|outbrain|taboola|sponsor|advert|popup|modal"
          + "|paywall|(^|[-_ ])(nav|navbar|navigation|toc)($|[-_ ])");

  /** Class or id words of chrome that may, on some sites, wrap the article: trusted only without prose. */
  private static final Pattern WEAK_CHROME = Pattern.compile(
      "(?i)banner|combx|communit|donat|header|masthead|pager|pagination|promo|remark|rss|shoutbox|skip|tags"
          + "|toolbar|widget|ad-break|agegate|overlay|callout|(^|[-_ ])(cta|ad|ads|hide|hidden)($|[-_ ])");

  /** Class or id words that rescue an element from CHROME: it probably wraps the article. */
  private static final Pattern CONTENT = Pattern.compile(
      "(?i)article|body|column|content|main|story|entry|post|text|shadow");

  /** Class or id words that lower a candidate's score. */
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo"
          + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author"
          + "|dateline|caption|credit|newsletter|subscri|donat|social|(^|[-_ ])(nav|ad|ads)($|[-_ ])");

  /** Class or id words that raise a candidate's score. */
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|body|content|entry|hentry|h-entry|main|post|text|blog|story|prose");

  /** Class or id words of a photo caption or credit line. */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)caption|credit|(^|[-_ ])(photo|image|img)[-_]?(source|copyright|attribution)");

  /** Class or id words of a byline, dateline or article furniture inside the article. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)byline|author|dateline|timestamp|published|updated|date|(^|[-_ ])meta($|[-_ ])|kicker|eyebrow"
          + "|share|social|tags|related|newsletter|promo|donat|subscri|cookie|consent|print|email|read-?more");

  private HtmlHints() {}

  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    return cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
  }

  static boolean isChrome(Element e) {
    return matches(e, CHROME);
  }

  static boolean isWeakChrome(Element e) {
    return matches(e, WEAK_CHROME);
  }

  /**
   * Chrome when some class or id token names chrome and no token names content alone: "post-comments" is
   * chrome, "comments entry-content" is not, and an embed (a quoted post) is not.
   */
  private static boolean matches(Element e, Pattern chrome) {
    String names = names(e);
    if (names.isEmpty() || !chrome.matcher(names).find()) {
      return false;
    }
    for (String token : names.split("\\s+")) {
      if (CONTENT.matcher(token).find() && !chrome.matcher(token).find() || isEmbed(token)) {
        return false;
      }
    }
    return true;
  }

  static boolean isCaption(Element e) {
    if (e.nameIs("figcaption")) {
      return true;
    }
    String names = names(e);
    return !names.isEmpty() && CAPTION.matcher(names).find();
  }

  static boolean isFurniture(Element e) {
    String names = names(e);
    return !names.isEmpty() && FURNITURE.matcher(names).find() && !isEmbed(names);
  }

  /** An embedded post or video quoted by the article ("social-embed", "embed-twitter") is content. */
  private static boolean isEmbed(String token) {
    return token.toLowerCase(java.util.Locale.ROOT).contains("embed");
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** A candidate's weight from its class and id, as in Readability: ±25 for each kind of hint. */
  static int classWeight(Element e) {
    int weight = 0;
    for (String name : new String[] {e.className(), e.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(name).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(name).find()) {
        weight += 25;
      }
    }
    return weight;
  }
}
