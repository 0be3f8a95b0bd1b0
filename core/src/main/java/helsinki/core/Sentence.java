package helsinki.core;

import java.util.List;

/**
 * One sentence, its tokens and, when the annotator parses, their dependencies; a hand-made
 * annotator may leave both lists empty.
 *
 * @param span where the sentence lies in the text
 * @param tokens its tokens in order
 * @param dependencies relations between its tokens, empty when the annotator does not parse
 */
public record Sentence(Span span, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** A sentence without a parse. */
  public Sentence(Span span, List<Token> tokens) {
    this(span, tokens, List.of());
  }
}
