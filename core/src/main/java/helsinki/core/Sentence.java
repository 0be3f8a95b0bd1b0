package helsinki.core;

import java.util.List;

/**
 * One sentence and its tokens; a hand-made annotator may leave {@code tokens} empty.
 *
 * @param span where the sentence lies in the text
 * @param tokens its tokens in order
 */
public record Sentence(Span span, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
