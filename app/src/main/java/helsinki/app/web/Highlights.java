package helsinki.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a text into runs at every start and end of its marks, so that overlapping marks (a name inside
 * an ask's evidence) need no nested elements: each run lists every mark that covers it. Runs are
 * plain text; the template escapes them.
 */
final class Highlights {

  /** One marked item's span; {@code anchor} is the id of its record on the page. */
  record Mark(int start, int end, String cssClass, String anchor, String label) {}

  /** A run of text and the marks covering it, innermost (shortest) first. */
  record Run(String text, List<Mark> marks) {

    /** The classes of every covering mark, for the {@code <mark>} element. */
    public String classes() {
      StringBuilder b = new StringBuilder();
      for (Mark m : marks) {
        b.append(b.length() == 0 ? "" : " ").append(m.cssClass());
      }
      return b.toString();
    }

    /** The record that a click on this run opens: the innermost mark's. */
    public @Nullable String href() {
      return marks.isEmpty() ? null : "#" + marks.get(0).anchor();
    }

    /** What the run stands for, innermost first ("ask A2; person E1"). */
    public String title() {
      return String.join("; ", marks.stream().map(Mark::label).toList());
    }
  }

  private Highlights() {}

  /** The runs of {@code text[from, to)}, each with the marks of {@code marks} that cover it. */
  static List<Run> runs(String text, int from, int to, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    List<Mark> inside = new ArrayList<>();
    for (Mark m : marks) {
      int s = Math.max(from, m.start());
      int e = Math.min(to, m.end());
      if (s < e) {
        inside.add(m);
        cuts.add(s);
        cuts.add(e);
      }
    }
    List<Run> runs = new ArrayList<>();
    Integer at = cuts.first();
    for (Integer next = cuts.higher(at); next != null; at = next, next = cuts.higher(at)) {
      int s = at;
      int e = next;
      List<Mark> covering = inside.stream().filter(m -> m.start() <= s && m.end() >= e)
          .sorted((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).toList();
      runs.add(new Run(text.substring(s, e), covering));
    }
    return runs;
  }
}
