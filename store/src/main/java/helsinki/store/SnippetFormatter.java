package helsinki.store;

import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into a {@link Snippet}: passages joined by an ellipsis, matches as spans. */
final class SnippetFormatter extends PassageFormatter {

  private static final String GAP = " … ";

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (Passage p : passages) {
      if (text.length() > 0) {
        text.append(GAP);
      }
      int base = text.length() - p.getStartOffset();
      int last = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(p.getMatchStarts()[i], last);
        int end = Math.min(p.getMatchEnds()[i], p.getEndOffset());
        if (end > start) {
          spans.add(new Span(base + start, base + end));
          last = end;
        }
      }
      // Passages end at a sentence break, often with the paragraph's newlines: those are dropped.
      int end = p.getEndOffset();
      while (end > last && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      text.append(content, p.getStartOffset(), end);
    }
    return new Snippet(oneLine(text, spans), spans);
  }

  /** Newlines become spaces (same length, so the spans stay right). */
  private static String oneLine(StringBuilder text, List<Span> spans) {
    return text.toString().replace('\n', ' ').replace('\r', ' ');
  }
}
