package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page markers that PDF extraction leaves in the running text: "k/N" counters ("both 2/3
 * publicly"), "Page 2 of 7", and bare page numbers on lines of their own. A "k/N" is only taken for a
 * marker when the document shows a run of them with one N and k rising by one, far apart, because
 * a single "2/3" is as likely a fraction.
 */
final class PageMarkers {

  /** Markers of one run must be this far apart: a page holds more than a few lines. */
  static final int MIN_PAGE_CHARS = 300;

  private static final Pattern COUNTER =
      Pattern.compile("(?<![\\p{L}\\p{N}/.,])(\\d{1,3})/(\\d{1,3})(?![\\p{L}\\p{N}/%]|[.,]\\d)[ \\t]?");
  private static final Pattern PAGE_OF =
      Pattern.compile("(?i)\\b(?:page|p\\.)\\s*\\d{1,4}\\s*(?:of|/)\\s*\\d{1,4}\\b[ \\t]?");
  private static final Pattern NUMBER_LINE =
      Pattern.compile("(?m)^[ \\t]*(?:[-–—][ \\t]*)?(?:page[ \\t]+)?(\\d{1,4})(?:[ \\t]*[-–—])?[ \\t]*$",
          Pattern.CASE_INSENSITIVE);

  private record Hit(int start, int end, int k, int n) {}

  /** {@code text} without page counters, "Page x of y" markers and runs of page-number lines. */
  String remove(String text) {
    return removeNumberLines(removePageOf(removeCounters(text)));
  }

  String removeCounters(String text) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = COUNTER.matcher(text);
    while (m.find()) {
      int k = Integer.parseInt(m.group(1));
      int n = Integer.parseInt(m.group(2));
      if (k >= 1 && k <= n && n >= 2) {
        hits.add(new Hit(m.start(), m.end(), k, n));
      }
    }
    List<Hit> markers = new ArrayList<>();
    for (Hit hit : hits) {
      if (inRun(hit, hits)) {
        markers.add(hit);
      }
    }
    return cut(text, markers);
  }

  /** Whether another counter with the same N and the next or previous k sits a page away. */
  private static boolean inRun(Hit hit, List<Hit> hits) {
    for (Hit other : hits) {
      if (other.n() != hit.n() || other == hit) {
        continue;
      }
      boolean next = other.k() == hit.k() + 1 && other.start() - hit.end() >= MIN_PAGE_CHARS;
      boolean previous = other.k() == hit.k() - 1 && hit.start() - other.end() >= MIN_PAGE_CHARS;
      if (next || previous) {
        return true;
      }
    }
    return false;
  }

  private static String cut(String text, List<Hit> markers) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Hit hit : markers) {
      out.append(text, at, hit.start());
      at = hit.end();
    }
    return out.append(text.substring(at)).toString();
  }

  String removePageOf(String text) {
    return PAGE_OF.matcher(text).replaceAll("");
  }

  /**
   * Lines that hold only a number are page numbers when there are several, a page apart, each one
   * or two more than the last (a page may be skipped where a figure stood).
   */
  String removeNumberLines(String text) {
    Matcher m = NUMBER_LINE.matcher(text);
    List<Hit> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(new Hit(m.start(), m.end(), Integer.parseInt(m.group(1)), 0));
    }
    if (hits.size() < 2) {
      return text;
    }
    for (int i = 1; i < hits.size(); i++) {
      int step = hits.get(i).k() - hits.get(i - 1).k();
      if (step < 1 || step > 2 || hits.get(i).start() - hits.get(i - 1).end() < MIN_PAGE_CHARS) {
        return text;
      }
    }
    return cut(text, hits);
  }
}
