package helsinki.nlp.entities;

import helsinki.core.Span;
import helsinki.nlp.places.Places;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The countries a text ties a person to: those named in the sentences that name the person. */
final class Context {

  private Context() {}

  /** When the person's sentences name no country: their paragraph's, then the document's main country. */
  static void fallback(Doc doc, Draft d, @Nullable String main) {
    if (d.country() != null) {
      return;
    }
    for (Span s : d.spans.values()) {
      int p = paragraph(doc.text, s.start());
      for (Places.Resolved r : doc.placeAt.values()) {
        if (paragraph(doc.text, r.mention().start()) == p) {
          Draft.vote(d.nearby, r.place().country());
        }
      }
    }
    if (d.country() == null) {
      Draft.vote(d.nearby, main);
    }
  }

  private static int paragraph(String text, int offset) {
    int count = 0;
    for (int i = text.indexOf("\n\n"); i >= 0 && i < offset; i = text.indexOf("\n\n", i + 2)) {
      count++;
    }
    return count;
  }

  static void near(Doc doc, Draft d) {
    Set<Integer> sentences = new HashSet<>();
    for (Span s : d.spans.values()) {
      int t = doc.tokenStarting(s.start());
      if (t >= 0 && !Rules.YOU.contains(doc.lower(t))) {
        sentences.add(doc.sentenceOf.get(t));
      }
    }
    for (Places.Resolved r : doc.placeAt.values()) {
      int t = doc.tokenStarting(r.mention().start());
      if (t >= 0 && sentences.contains(doc.sentenceOf.get(t))) {
        Draft.vote(d.nearby, r.place().country());
      }
    }
  }
}
