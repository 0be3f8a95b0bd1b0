package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Site chrome and appeals in text that was saved from a web page or printed from one: skip links,
 * menus, donation, newsletter, cookie and share prompts, service banners, legal lines. Each rule is a
 * named value judged by where the paragraph stands (the leading or trailing block, or anywhere),
 * its length and its vocabulary; {@link #RULES} lists them all.
 */
final class Boilerplate {

  /** Where a rule may remove a paragraph. */
  enum Where { EDGES, ANYWHERE }

  /** One kind of boilerplate. */
  record Rule(String name, Where where, Predicate<String> matches) {}

  static final int SHORT_WORDS = 12;
  static final int APPEAL_MAX_WORDS = 70;

  private static final Set<String> NAV_WORDS = Set.of(
      "home", "menu", "search", "about", "us", "news", "region", "regions", "country", "countries", "topic",
      "topics", "tags", "tag", "related", "share", "print", "email", "e-mail", "donate", "contact", "language",
      "languages", "english", "subscribe", "login", "log", "sign", "in", "up", "more", "back", "to", "top",
      "next", "previous", "read", "view", "all", "close", "open", "main", "navigation", "toggle", "follow",
      "facebook", "twitter", "x", "linkedin", "instagram", "youtube", "whatsapp", "telegram", "rss", "content",
      "sitemap", "careers", "jobs", "privacy", "policy", "terms", "of", "use", "accessibility", "press",
      "media", "resources", "publications", "reports", "multimedia", "video", "videos", "photos", "get",
      "involved", "take", "action", "and", "the", "download", "pdf", "categories", "category", "filed",
      "under", "skip", "&", "site", "page", "copy", "link", "link.", "print.", "issues", "what", "we", "do",
      "who", "are", "our", "work", "events", "blog", "programs", "programmes", "support");

  private static final Pattern SEPARATORS = Pattern.compile("[|/·•>»,]+");
  private static final Pattern WORDS = Pattern.compile("\\s+");

  /** Appeals speak to the reader: "you", "your", or an imperative at the start. */
  private static final Predicate<String> TO_THE_READER = re(
      "\\byou(r)?\\b|^(please|help|support|give|donate|join|make|become|sign up|subscribe|get|stay|enter|follow)\\b");

  static final Rule SKIP_LINK = new Rule("skip link", Where.ANYWHERE,
      words(8).and(re("^(skip|jump) to (the )?(main |primary )?(content|navigation|search|menu)")));
  static final Rule NAVIGATION = new Rule("navigation line", Where.EDGES, Boilerplate::isNavigation);
  static final Rule DONATION_APPEAL = new Rule("donation appeal", Where.ANYWHERE,
      words(APPEAL_MAX_WORDS).and(TO_THE_READER).and(re(
          "tax[- ]deductible|\\bdonate (now|today|to us|monthly|online)|^donate\\b|\\byour (gift|donation)\\b"
              + "|\\bgive (now|today|monthly)|\\bsupport our work|\\bbecome a (member|monthly donor)|\\bmake a (gift|donation)")));
  static final Rule NEWSLETTER_PROMPT = new Rule("newsletter prompt", Where.ANYWHERE,
      words(40).and(TO_THE_READER).and(re("\\b(sign up|subscribe|receive|get)\\b.{0,40}\\bnewsletters?\\b|\\bnewsletters?\\b.{0,20}\\b(sign up|subscribe)\\b"
          + "|^(sign up|subscribe)\\b|\\bsubscribe to (our|the)\\b"
          + "|\\bget (our|the) latest\\b|^stay (informed|updated|in the loop)\\b|\\benter your e-?mail|\\bin your inbox")));
  static final Rule COOKIE_NOTICE = new Rule("cookie notice", Where.ANYWHERE,
      words(60).and(re("\\bwe use cookies|\\b(site|website) uses cookies|\\baccept (all )?cookies"
          + "|\\bcookie (settings|policy|preferences|consent)")));
  static final Rule SHARE_PROMPT = new Rule("share prompt", Where.ANYWHERE,
      words(10).and(re("^(share( this( (article|page|story|post))?)?( (on|via) [\\p{L}+ ]+)?|tweet( this)?"
          + "|print( this( page| article)?)?|e-?mail this( page| article)?|follow us( on [\\p{L} ]+)?)\\W*$")));
  static final Rule SERVICE_BANNER = new Rule("service banner", Where.EDGES,
      words(APPEAL_MAX_WORDS).and(re("\\byou(r)?\\b")).and(re(
          "\\bwe can help|\\bwe('re| are) here to help|\\bget help\\b|\\bcontact us\\b|\\bcall us\\b"
              + "|\\breach out to us|\\bfind out how we can|\\blearn (more about )?how we can"
              + "|\\brequest (help|assistance)")));
  static final Rule LEGAL_LINE = new Rule("legal line", Where.EDGES,
      words(25).and(re("^(©|\\(c\\)|copyright)|all rights reserved|^(privacy policy|terms (of use|and conditions))")));

  /** Every rule, in the order they are tried. */
  static final List<Rule> RULES = List.of(
      SKIP_LINK, NAVIGATION, DONATION_APPEAL, NEWSLETTER_PROMPT, COOKIE_NOTICE, SHARE_PROMPT, SERVICE_BANNER,
      LEGAL_LINE);

  /** The rule that removes {@code paragraph} where it stands, if any. */
  static @Nullable Rule match(String paragraph, boolean atEdge) {
    for (Rule rule : RULES) {
      if ((atEdge || rule.where() == Where.ANYWHERE) && rule.matches().test(paragraph.strip())) {
        return rule;
      }
    }
    return null;
  }

  /**
   * The paragraphs without boilerplate: chrome runs at the start and the end are cut, with the
   * headings and tag lists that belong to them; in the body only the unmistakable rules apply.
   */
  List<String> remove(List<String> paragraphs) {
    List<String> trimmed = trimEdgeLines(paragraphs);
    int first = 0;
    while (first < trimmed.size() && match(trimmed.get(first), true) != null) {
      first++;
    }
    int last = trailingStart(trimmed, first);
    List<String> kept = new ArrayList<>();
    for (int i = first; i < last; i++) {
      if (match(trimmed.get(i), false) == null) {
        kept.add(trimmed.get(i));
      }
    }
    return kept;
  }

  /**
   * Chrome lines glued to the first or last paragraph by a single line break ("Skip to main
   * content" right above the headline) are cut line by line.
   */
  private static List<String> trimEdgeLines(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs);
    for (int i = 0; i < out.size(); i++) {
      String trimmed = trimLines(out.get(i), true);
      out.set(i, trimmed);
      if (!trimmed.isEmpty() && match(trimmed, true) == null) {
        break;
      }
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      String trimmed = trimLines(out.get(i), false);
      out.set(i, trimmed);
      if (!trimmed.isEmpty() && match(trimmed, true) == null) {
        break;
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String trimLines(String paragraph, boolean fromTop) {
    List<String> lines = new ArrayList<>(List.of(paragraph.split("\n")));
    while (lines.size() > 1 && match(lines.get(fromTop ? 0 : lines.size() - 1), true) != null) {
      lines.remove(fromTop ? 0 : lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  /** Where the trailing chrome begins: scanning up, tag lines wait to see whether chrome is above them. */
  private static int trailingStart(List<String> paragraphs, int first) {
    int start = paragraphs.size();
    int i = paragraphs.size() - 1;
    while (i >= first) {
      String p = paragraphs.get(i).strip();
      if (match(p, true) != null) {
        start = i;
      } else if (start == i + 1 && isAppealHeading(p)) {
        start = i;
      } else if (!isTagLine(p)) {
        break;
      }
      i--;
    }
    return start;
  }

  /** A short question or call above an appeal: "Seeking asylum?", "Act now!". */
  static boolean isAppealHeading(String p) {
    return short_(p, 6) && (p.endsWith("?") || p.endsWith("!"));
  }

  /** A short label of a tag list ("Russia", "Human Rights Defenders"): chrome only below a chrome line. */
  static boolean isTagLine(String p) {
    return short_(p, 4) && !p.contains("\n") && p.chars().noneMatch(Character::isDigit)
        && !p.matches(".*[.,;:!?]$");
  }

  private static boolean isNavigation(String p) {
    if (!short_(p, SHORT_WORDS)) {
      return false;
    }
    String[] words = WORDS.split(SEPARATORS.matcher(p.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
    long nav = 0;
    for (String w : words) {
      if (NAV_WORDS.contains(w)) {
        nav++;
      }
    }
    boolean separated = SEPARATORS.matcher(p).find();
    return words.length > 0 && (nav == words.length || (separated && nav * 10 >= words.length * 6));
  }

  private static Predicate<String> words(int maxWords) {
    return p -> short_(p, maxWords);
  }

  static boolean short_(String p, int maxWords) {
    String s = p.strip();
    if (s.isEmpty()) {
      return false;
    }
    int words = 1;
    for (int i = 1; i < s.length() && words <= maxWords; i++) {
      if (Character.isWhitespace(s.charAt(i)) && !Character.isWhitespace(s.charAt(i - 1))) {
        words++;
      }
    }
    return words <= maxWords;
  }

  private static Predicate<String> re(String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return p -> pattern.matcher(p).find();
  }
}
