package helsinki.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's NER combiner with the numeric classifiers and SUTime, as {@code new
 * NERClassifierCombiner(true, true, crf)} runs them, except that SUTime and the number rules see only
 * the {@link TimeWindows} of a sentence, not all of it: the CRF still reads the whole sentence, and
 * words outside every window get nothing from those rules (none of them can start there).
 */
final class WindowedTimes extends NERClassifierCombiner {

  private static final String BACKGROUND = "O";

  private final NumberSequenceClassifier numbers = new NumberSequenceClassifier(true);
  private final int reach;

  /** The combiner over {@code crf}; {@code reach} words are kept on each side of a time or number word. */
  WindowedTimes(CRFClassifier<CoreLabel> crf, int reach) throws IOException {
    // Numeric classifiers off in the parent: they run here, window by window.
    super(false, false, crf);
    this.reach = reach;
  }

  @Override
  public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
    List<CoreLabel> output = super.classifyWithGlobalInformation(tokens, document, sentence);
    recognizeNumberSequences(output, document, sentence);
    for (CoreLabel token : output) {
      token.set(CoreAnnotations.NamedEntityTagAnnotation.class, token.get(CoreAnnotations.AnswerAnnotation.class));
    }
    QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(output, false, true);
    return output;
  }

  @Override
  public void finalizeAnnotation(Annotation annotation) {
    numbers.finalizeClassification(annotation);
  }

  /** As {@code NERClassifierCombiner.recognizeNumberSequences}, on each window of the sentence. */
  private void recognizeNumberSequences(List<CoreLabel> words, CoreMap document, CoreMap sentence) {
    List<CoreLabel> copies = numbered(words, document, sentence);
    if (copies == null) {
      return;
    }
    for (int i = 0; i < words.size(); i++) {
      CoreLabel word = words.get(i);
      CoreLabel copy = copies.get(i);
      String before = word.get(CoreAnnotations.AnswerAnnotation.class);
      String guess = copy.get(CoreAnnotations.AnswerAnnotation.class);
      if ((before == null || before.equals(BACKGROUND) || before.equals("MISC")) && !guess.equals(BACKGROUND)) {
        word.set(CoreAnnotations.AnswerAnnotation.class, guess);
      }
      NumberSequenceClassifier.transferAnnotations(copy, word);
    }
  }

  /**
   * Copies of {@code words} labelled by the number rules and SUTime, window by window; the whole
   * sentence at once where one window covers it, or where its numbers do not parse (SUTime then reads
   * none of the sentence's numbers, which a window would not repeat).
   */
  private @Nullable List<CoreLabel> numbered(List<CoreLabel> words, CoreMap document, CoreMap sentence) {
    List<TimeWindows.Window> windows = TimeWindows.of(words.stream().map(CoreLabel::word).toList(),
        words.stream().map(CoreLabel::tag).toList(), reach);
    if (windows.size() == 1 && windows.get(0).start() == 0 && windows.get(0).end() == words.size() || !numbersParse(words, sentence)) {
      return whole(words, document, sentence);
    }
    List<CoreLabel> copies = NumberSequenceClassifier.copyTokens(words, sentence);
    for (CoreLabel copy : copies) {
      copy.set(CoreAnnotations.AnswerAnnotation.class, BACKGROUND);
    }
    // As without windows, SUTime reads the sentence's own tokens and the labels go on the copies.
    List<CoreLabel> own = sentence.get(CoreAnnotations.TokensAnnotation.class);
    try {
      for (TimeWindows.Window w : windows) {
        numbers.classifyWithGlobalInformation(copies.subList(w.start(), w.end()), document,
            part(sentence, own.subList(w.start(), w.end()), w.start()));
      }
      return copies;
    } catch (RuntimeInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      // The whole sentence decides, as it would have without windows.
      return whole(words, document, sentence);
    }
  }

  /** The number rules and SUTime on the whole sentence; null where they fail, which CoreNLP's combiner ignores too. */
  private @Nullable List<CoreLabel> whole(List<CoreLabel> words, CoreMap document, CoreMap sentence) {
    List<CoreLabel> copies = NumberSequenceClassifier.copyTokens(words, sentence);
    try {
      numbers.classifyWithGlobalInformation(copies, document, sentence);
      return copies;
    } catch (RuntimeInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether CoreNLP's number normaliser reads the sentence's numbers without an error (SUTime's first step). */
  private static boolean numbersParse(List<CoreLabel> words, CoreMap sentence) {
    try {
      NumberNormalizer.findAndMergeNumbers(part(sentence, NumberSequenceClassifier.copyTokens(words, sentence), 0));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A sentence made of {@code tokens}, which start at token {@code offset} of {@code sentence}. */
  private static CoreMap part(CoreMap sentence, List<CoreLabel> tokens, int offset) {
    int sentenceChar = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    CoreMap part = new ArrayCoreMap();
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin - sentenceChar, end - sentenceChar));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    part.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    part.set(CoreAnnotations.TokenBeginAnnotation.class, (first == null ? 0 : first) + offset);
    part.set(CoreAnnotations.TokenEndAnnotation.class, (first == null ? 0 : first) + offset + tokens.size());
    return part;
  }
}
