package helsinki.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's {@code ner} step as we run it: one CRF model (CoNLL 4-class) and the numeric classifiers
 * on every sentence, SUTime only on sentences that {@link TimeGate} says can hold a time expression
 * (two NER combiners share the one loaded CRF model), then CoreNLP's entity mentions over the whole
 * document. Safe to share between threads, as CoreNLP's own annotators are.
 */
final class NerStage {

  static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final NERClassifierCombiner timed;
  private final NERCombinerAnnotator withTime;
  private final NERCombinerAnnotator withoutTime;
  private final EntityMentionsAnnotator mentions = new EntityMentionsAnnotator("ner.entitymentions", mentionProperties());
  private final boolean gated;

  private NerStage(NERClassifierCombiner timed, NERClassifierCombiner untimed, boolean gated) {
    this.timed = timed;
    this.withTime = new NERCombinerAnnotator(timed, false, 1, 0, Integer.MAX_VALUE, false, false);
    this.withoutTime = new NERCombinerAnnotator(untimed, false, 1, 0, Integer.MAX_VALUE, false, false);
    this.gated = gated;
  }

  /** Loads the CRF model once; {@code gated} false runs SUTime on every sentence (for comparison). */
  static NerStage load(boolean gated) {
    try {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
      // Gated, SUTime also sees only the parts of a sentence around its time and number words.
      NERClassifierCombiner timed = gated ? new WindowedTimes(crf, TimeWindows.REACH)
          : new NERClassifierCombiner(true, true, crf);
      return new NerStage(timed, new NERClassifierCombiner(true, false, crf), gated);
    } catch (IOException | ClassNotFoundException e) {
      throw new UncheckedIOException("CoreNLP's NER model " + MODEL + " cannot be read", e instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * Tags the named, numeric and temporal entities of an annotation that is tokenised, tagged and
   * lemmatised, as CoreNLP's {@code ner} annotator does: on a copy whose hyphen-split words are joined
   * again ("TNK-BP"), with the labels then copied back to the original tokens.
   */
  void annotate(Annotation annotation) {
    Annotation joined = HyphenJoin.copy(annotation);
    for (CoreMap sentence : joined.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (!gated || TimeGate.mayHoldTime(words(sentence))) {
        withTime.doOneSentence(joined, sentence);
      } else {
        withoutTime.doOneSentence(joined, sentence);
      }
    }
    timed.finalizeAnnotation(joined);
    for (CoreLabel token : joined.get(CoreAnnotations.TokensAnnotation.class)) {
      // As CoreNLP does: an amount of money or a number is never a time.
      if ("MONEY".equals(token.ner()) || "NUMBER".equals(token.ner())) {
        token.remove(TimeAnnotations.TimexAnnotation.class);
      }
    }
    NERCombinerAnnotator.transferNERAnnotationsToAnnotation(joined, annotation);
    mentions.annotate(annotation);
  }

  private static Properties mentionProperties() {
    Properties p = new Properties();
    p.setProperty("ner.entitymentions.language", "ENGLISH");
    return p;
  }

  private static List<String> words(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      words.add(token.word());
    }
    return words;
  }
}
