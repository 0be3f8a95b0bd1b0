package helsinki.core;

import org.jspecify.annotations.Nullable;

/**
 * A name in the text ("Foreign Minister Lavrov" holds the mention "Lavrov").
 *
 * @param text the mention as written
 * @param span where it lies in the text
 * @param nerClass what kind of name the recogniser took it for
 * @param place the gazetteer's resolution of a place name, or null when unresolved or not a place
 */
public record Mention(String text, Span span, NerClass nerClass, @Nullable Place place) {

  /** This mention with the gazetteer's resolution. */
  public Mention withPlace(@Nullable Place resolved) {
    return new Mention(text, span, nerClass, resolved);
  }
}
