package helsinki.nlp;

/**
 * The little that quantity parsing needs of a token.
 *
 * @param word the token as written
 * @param tag its Penn Treebank part-of-speech tag
 * @param ner its coarse NER label ("NUMBER", "DATE", "O"…), or "" when unknown
 * @param begin its start offset in the text
 * @param end its end offset in the text, exclusive
 */
record Tok(String word, String tag, String ner, int begin, int end) {

  boolean isNoun() {
    return tag.startsWith("NN");
  }

  boolean isNumber() {
    return tag.equals("CD") || NumberWords.isNumberWord(word);
  }
}
