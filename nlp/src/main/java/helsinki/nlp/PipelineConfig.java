package helsinki.nlp;

import java.util.Properties;

/** The CoreNLP configurations: ours, and CoreNLP's default English pipeline up to NER as baseline. */
final class PipelineConfig {

  private PipelineConfig() {}

  /**
   * Ours: one CRF model (CoNLL 4-class: person, organisation, location, misc) instead of CoreNLP's
   * three, no fine-grained KBP regex pass, SUTime and the numeric classifiers kept; entity mentions
   * built because times and names are read from them.
   */
  static Properties ours(boolean dependencies) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
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
