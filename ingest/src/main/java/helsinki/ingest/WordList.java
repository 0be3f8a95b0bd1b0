package helsinki.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * English words, from LanguageTool's part-of-speech dictionary (english-pos-dict, LGPL-2.1): every
 * inflected form with its tags, proper nouns included. It is the evidence that a PDF word repair is
 * right. Immutable and shareable; lookups build their own cursor, so it is thread-safe.
 */
final class WordList {

  private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";

  private final Dictionary dictionary;

  private WordList(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The English word list shipped in the english-pos-dict jar. */
  static WordList english() {
    URL url = WordList.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the English word list " + RESOURCE + " is not on the class path");
    }
    try {
      return new WordList(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the English word list " + RESOURCE, e);
    }
  }

  /** Whether {@code word} is an English word as written, or in lower case. */
  boolean contains(String word) {
    DictionaryLookup lookup = new DictionaryLookup(dictionary);
    return !lookup.lookup(word).isEmpty() || !lookup.lookup(word.toLowerCase(Locale.ROOT)).isEmpty();
  }

  /** Whether {@code word} is a common (not only proper-noun) English word in lower case. */
  boolean isCommonWord(String word) {
    DictionaryLookup lookup = new DictionaryLookup(dictionary);
    for (WordData data : lookup.lookup(word.toLowerCase(Locale.ROOT))) {
      CharSequence tag = data.getTag();
      if (tag != null && !tag.toString().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }
}
