package helsinki.store;

import helsinki.core.Span;
import java.util.List;

/** A passage of a hit's text with the matched words marked as spans into {@code text}. */
public record Snippet(String text, List<Span> highlights) {

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** The passage with each highlight wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span s : highlights) {
      out.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return out.append(text.substring(at)).toString();
  }
}
