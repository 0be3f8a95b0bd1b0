package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the article's containers into paragraphs in reading order: one paragraph per block, captions and
 * credit lines set apart, and leftover furniture (bylines, share bars, link lists, banners) left out.
 */
final class HtmlBlocks {

  /** Short lines that are page furniture wherever they stand. */
  private static final Pattern FURNITURE_TEXT = Pattern.compile("(?i)^("
      + "advert(isement)?|skip to (main )?content|share( this( article| story| page)?)?( on \\w+)?|tweet|email|print"
      + "|follow us.*|sign up.*|subscribe.*|read more.*|related( articles| stories| content)?|comments?"
      + "|don'?t miss.*|like this (story|article)\\?.*|.*requires javascript\\.?|tags?:.*|filed under.*"
      + "|you (may|might) also like.*|more (from|on|stories|news).*|recommended.*|most (popular|read).*"
      + "|trending.*|posted in.*|see also.*|more:.*|also read.*|related \\w+:.*|popular (on|in) [^.!?]*"
      + "|sponsored( links| content| stories)?|more (in|from) [^.!?]*|browse all.*|.*\\bread(ing)? time\\b.*"
      + "|.*\\b(we use cookies|cookie (policy|settings)|accept (all )?cookies)\\b.*)$");

  /** Short appeals set inside an article: donation asks, help-line banners, sign-up prompts. */
  private static final Pattern APPEAL_TEXT = Pattern.compile(
      "(?i).*\\b(donate (now|today)|make a (gift|donation)|support our work|your (gift|donation) (helps|will)"
          + "|we can help|get help (now|today)|sign up (now|today|for)|subscribe (now|today|to))\\b.*");

  /** Short lines that credit a photo: "© 2017 Reuters", "Photo: …", "(Getty Images)". */
  private static final Pattern CREDIT_TEXT = Pattern.compile(
      "(?i)^\\W*(©|\\(c\\)|copyright|photo(graph)?s?( by)?:|images?( by)?:|credit:|picture:).*"
          + "|.*\\b(getty images|reuters|associated press|afp|ap photo|shutterstock|epa)\\W*$"
          + "|.*\\((image|photo|picture|credit|source)s?:[^)]*\\)\\W*$");

  /** Calls to action that close many articles: newsletter, tips, follow, join; dropped only at the end. */
  private static final Pattern CLOSING_CALL = Pattern.compile(
      "(?i).*\\b(sign up|subscribe|newsletters?|follow (us|him|her|them)|join (us|our)|have a (news )?tip|news tip"
          + "|click here|delivered (to|through) your|in your inbox|get the latest|(his|her) book|may get a share"
          + "|tell us what you think|contact us|all rights reserved|(additional |contributed )?reporting (by|from)"
          + "|contributed (reporting|to this report)|(editing|writing|compiled) by|source: .*"
          + "|on (facebook|twitter|instagram|linkedin|youtube)[^.]*)\\b.*");

  private static final int CLOSING_LENGTH = 300;

  private static final int SHORT = 160;

  private static final int HEADLINE = 300;

  /** Short date and time lines: "Updated 1:39 am EST, Wednesday, November 20, 2019", "Posted on 3 May 2015". */
  private static final Pattern DATELINE = Pattern.compile("(?i)^("
      + "(updated|published|posted|last (updated|modified))\\b.{0,60}"
      + "|[^.!?]{0,40}\\b(19|20)\\d\\d\\b[^.!?]{0,25}(\\d{1,2}[:.]\\d\\d\\s*([ap]\\.?m\\.?)?[^.!?]{0,10})?"
      + ")$");

  private final HtmlStats stats;
  private final Set<String> headlines;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> captions = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  /** Blocks of {@code stats}' tree; {@code headlines} are {@link HtmlTitle#key}s of the headline's forms. */
  HtmlBlocks(HtmlStats stats, Set<String> headlines) {
    this.stats = stats;
    this.headlines = headlines;
  }

  /** The paragraphs, less the calls to action that close the article. */
  List<String> paragraphs() {
    int end = paragraphs.size();
    while (end > 0 && isClosingCall(paragraphs.get(end - 1))) {
      end--;
    }
    return paragraphs.subList(0, end);
  }

  private static boolean isClosingCall(String paragraph) {
    return paragraph.length() <= CLOSING_LENGTH && CLOSING_CALL.matcher(paragraph).matches();
  }

  List<String> captions() {
    return captions;
  }

  int letters() {
    return paragraphs().stream().mapToInt(String::length).sum();
  }

  void add(Element root) {
    // Iterative (jsoup's traversor), since pages can nest deeper than the Java stack allows recursion.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        // The root was chosen as content: only what lies inside it is judged.
        return node == root ? FilterResult.CONTINUE : enter(node);
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && isBlock(e)) {
          flush();
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush();
  }

  private NodeFilter.FilterResult enter(Node node) {
    if (node instanceof TextNode t) {
      line.append(t.getWholeText());
      return NodeFilter.FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    if (e.nameIs("br")) {
      line.append('\n');
      return NodeFilter.FilterResult.CONTINUE;
    }
    if (!isBlock(e) && !HtmlHints.isCaption(e)) {
      return NodeFilter.FilterResult.CONTINUE;
    }
    flush();
    if (HtmlHints.isCaption(e) || e.nameIs("figure")) {
      addCaption(e.text());
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    return isFurniture(e) ? NodeFilter.FilterResult.SKIP_ENTIRELY : NodeFilter.FilterResult.CONTINUE;
  }

  private static boolean isBlock(Element e) {
    return HtmlScorer.BLOCKS.contains(e.normalName()) && !e.nameIs("br");
  }

  /** Containers inside the article that are not article text: bylines, share bars, link lists. */
  private boolean isFurniture(Element e) {
    HtmlStats.Stat s = stats.of(e);
    if (s.letters == 0) {
      return true;
    }
    if (HtmlHints.isFurniture(e) && s.paragraphs <= 1) {
      return true;
    }
    if (s.linkDensity() >= 0.8 && s.letters < SHORT) {
      // A short block that is all link: a "read next" entry, a tag, a navigation line.
      return true;
    }
    boolean container = e.nameIs("div") || e.nameIs("section") || e.nameIs("ul") || e.nameIs("ol")
        || e.nameIs("table") || e.nameIs("li") || e.nameIs("dl");
    return container && s.linkDensity() > 0.5 && s.commas < 10;
  }

  private void flush() {
    if (line.isEmpty()) {
      return;
    }
    String text = normalise(line.toString());
    line.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    if (text.length() < SHORT && CREDIT_TEXT.matcher(text).matches()) {
      addCaption(text);
    } else if (!isNoise(text)) {
      paragraphs.add(text);
    }
  }

  /** Lines that are not article text wherever they stand: furniture, appeals, the headline, date lines. */
  private boolean isNoise(String text) {
    if (text.length() < SHORT && (FURNITURE_TEXT.matcher(text).matches() || APPEAL_TEXT.matcher(text).matches()
        || DATELINE.matcher(text).matches())) {
      return true;
    }
    return text.length() < HEADLINE && headlines.contains(HtmlTitle.key(text));
  }

  void addCaption(String text) {
    String t = normalise(text);
    if (!t.isEmpty()) {
      captions.add(t);
    }
  }

  /** Collapses runs of white space, no-break spaces and br line breaks into single spaces. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
