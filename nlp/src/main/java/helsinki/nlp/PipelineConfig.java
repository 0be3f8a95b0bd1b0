package helsinki.nlp;

import java.util.Properties;

/** The CoreNLP configurations: ours, and CoreNLP's default English pipeline up to NER as baseline. */
final class PipelineConfig {

  private PipelineConfig() {}

  /**
   * Ours, up to the lemmas (and the parse when asked); {@link NerStage} then runs one CRF model
   * (CoNLL 4-class: person, organisation, location, misc) instead of CoreNLP's three, no fine-grained
   * KBP regex pass, the numeric classifiers, SUTime where a time can be, and entity mentions.
   */
  static Properties ours(boolean dependencies) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma" + (dependencies ? ",depparse" : ""));
    p.setProperty("tokenize.language", "en");
    // A blank line ends a paragraph and so a sentence: a letter's address block or heading must not
    // run into its first paragraph, nor one paragraph into the next. (A single line break may be a
    // wrap in raw text, so it stays a space.)
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  /** Ours as CoreNLP's own {@code ner} annotator would run it, SUTime on every sentence (for comparison). */
  static Properties oursInOnePipeline() {
    Properties p = ours(false);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.model", NerStage.MODEL);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    return p;
  }

  /** CoreNLP's defaults for English up to {@code ner}: three CRF models, fine-grained NER, SUTime. */
  static Properties baseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return p;
  }
}
