package helsinki.core;

/**
 * One word or punctuation mark.
 *
 * @param text the token as written
 * @param span where it lies in the text
 * @param lemma its dictionary form ("arrests" → "arrest")
 * @param tag its Penn Treebank part-of-speech tag ("NNS")
 */
public record Token(String text, Span span, String lemma, String tag) {}
