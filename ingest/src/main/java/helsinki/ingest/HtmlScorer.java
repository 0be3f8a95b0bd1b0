package helsinki.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's containers: prose-like blocks give points to their ancestors (more to the nearest),
 * scores are damped by link density, the best container wins, and its siblings join when they score close
 * to it or read as prose themselves. The idea is Readability's; weights here were tuned on dev pages only.
 */
final class HtmlScorer {

  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
      "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br");

  private static final int MIN_LETTERS = 20;
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final int ANCESTOR_LEVELS = 5;
  private static final int ALTERNATIVES = 5;
  private static final int MIN_ALTERNATIVES = 3;

  private final HtmlStats stats;
  private final Map<Element, double[]> scores = new IdentityHashMap<>();

  private HtmlScorer(Element body) {
    this.stats = new HtmlStats(body);
  }

  /** The article's containers in document order, or the body itself when nothing scores. */
  static List<Element> contentRoots(Element body) {
    HtmlScorer scorer = new HtmlScorer(body);
    scorer.scoreBlocks(body);
    Element top = scorer.top();
    if (top == null) {
      return List.of(body);
    }
    return scorer.withSiblings(top);
  }

  HtmlStats stats() {
    return stats;
  }

  private void scoreBlocks(Element body) {
    for (Element e : body.getAllElements()) {
      HtmlStats.Stat s = stats.of(e);
      if (isProseBlock(e) && s.letters >= MIN_LETTERS) {
        give(e.parent(), 1 + s.commas + Math.min(s.letters / 100, 3));
      } else if (s.looseLetters >= MIN_LETTERS && BLOCKS.contains(e.normalName())) {
        give(e, 1 + s.looseCommas + Math.min(s.looseLetters / 100, 3));
      }
    }
    for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
      entry.getValue()[0] *= 1 - stats.of(entry.getKey()).chromeLinkDensity();
    }
  }

  /** Gives a block's points to its ancestors: all to the nearest, half to the next, then a sixth, a ninth… */
  private void give(@Nullable Element first, double points) {
    Element ancestor = first;
    // The body is a detached clone, so the walk ends at it.
    for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      score(ancestor)[0] += points / divider;
      ancestor = ancestor.parent();
    }
  }

  private static boolean isProseBlock(Element e) {
    if (e.nameIs("p") || e.nameIs("pre")) {
      return true;
    }
    if (e.nameIs("div") || e.nameIs("section") || e.nameIs("td")) {
      for (Element child : e.children()) {
        if (BLOCKS.contains(child.normalName()) && !child.nameIs("br")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private double[] score(Element e) {
    return scores.computeIfAbsent(e, k -> new double[] {base(k)});
  }

  private static double base(Element e) {
    double tag = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return tag + HtmlHints.classWeight(e);
  }

  private double scoreOf(Element e) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0];
  }

  private @Nullable Element top() {
    List<Element> ranked = new ArrayList<>(scores.keySet());
    // A container whose score is mostly its class name's bonus (a headline box) must not beat one with prose.
    if (ranked.stream().anyMatch(e -> stats.of(e).paragraphs > 0)) {
      ranked.removeIf(e -> stats.of(e).paragraphs == 0);
    }
    ranked.sort(Comparator.comparingDouble(this::scoreOf).reversed());
    if (ranked.isEmpty()) {
      return null;
    }
    Element top = ranked.get(0);
    top = commonAncestorOfAlternatives(top, ranked.subList(1, Math.min(ranked.size(), ALTERNATIVES + 1)));
    return climb(top);
  }

  /** When several near-best candidates share an ancestor, the article is probably that ancestor. */
  private Element commonAncestorOfAlternatives(Element top, List<Element> others) {
    double bar = scoreOf(top) * 0.75;
    List<Element> close = others.stream().filter(o -> scoreOf(o) >= bar).toList();
    if (close.size() < MIN_ALTERNATIVES) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor.parent()) {
      int inside = 0;
      for (Element o : close) {
        if (o.parents().contains(ancestor)) {
          inside++;
        }
      }
      if (inside >= MIN_ALTERNATIVES) {
        return ancestor;
      }
    }
    return top;
  }

  /** Moves up while the parent scores higher than the child it came from. */
  private Element climb(Element top) {
    Element current = top;
    double last = scoreOf(current);
    for (Element parent = current.parent(); parent != null && !parent.nameIs("body"); parent = parent.parent()) {
      double s = scoreOf(parent);
      if (s < last / 3) {
        break;
      }
      if (s > last) {
        current = parent;
      }
      last = s;
    }
    return current;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top.nameIs("body")) {
      return List.of(top);
    }
    double topScore = scoreOf(top);
    double bar = Math.max(10, topScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || joins(sibling, top, topScore, bar)) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  private boolean joins(Element sibling, Element top, double topScore, double bar) {
    double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
    if (scores.containsKey(sibling) && scoreOf(sibling) + bonus >= bar) {
      return true;
    }
    if (!isProseBlock(sibling)) {
      return false;
    }
    HtmlStats.Stat s = stats.of(sibling);
    double density = s.linkDensity();
    if (s.letters > 80) {
      return density < 0.25;
    }
    return s.letters > 0 && density == 0 && SENTENCE_END.matcher(sibling.text()).find();
  }
}
