package helsinki.app.web;

import helsinki.store.LabelCount;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of counts by year drawn as server-side SVG (no script, works offline): one bar per
 * year from the first to the last, empty years included, so that gaps show as gaps.
 */
record BarChart(int width, int height, List<Bar> bars, long max, String caption) {

  /** One bar; {@code x}, {@code y}, {@code w}, {@code h} in SVG units, {@code label} its year. */
  record Bar(String label, long count, int x, int y, int w, int h, boolean tick) {}

  static final int HEIGHT = 160;
  private static final int PLOT = 130;
  private static final int BAR = 26;
  /** Room between bars: with it, a year's four digits fit under its bar. */
  private static final int GAP = 6;

  /** The chart of {@code counts} (labels are years; others, such as "(undated)", are left out). */
  static BarChart of(List<LabelCount> counts, String caption) {
    List<LabelCount> years = counts.stream().filter(c -> c.label().matches("\\d{4}")).toList();
    List<Bar> bars = new ArrayList<>();
    if (years.isEmpty()) {
      return new BarChart(0, HEIGHT, bars, 0, caption);
    }
    int first = years.stream().mapToInt(c -> Integer.parseInt(c.label())).min().orElseThrow();
    int last = years.stream().mapToInt(c -> Integer.parseInt(c.label())).max().orElseThrow();
    long max = years.stream().mapToLong(LabelCount::count).max().orElse(1);
    int span = last - first + 1;
    int step = span > 40 ? 10 : span > 16 ? 5 : 1;
    for (int year = first; year <= last; year++) {
      String label = Integer.toString(year);
      long n = years.stream().filter(c -> c.label().equals(label)).mapToLong(LabelCount::count).sum();
      int h = (int) Math.round((double) n * PLOT / max);
      int x = (year - first) * (BAR + GAP);
      bars.add(new Bar(label, n, x, PLOT - h, BAR, h, (year - first) % step == 0 || year == last));
    }
    return new BarChart(span * (BAR + GAP), HEIGHT, bars, max, caption);
  }
}
