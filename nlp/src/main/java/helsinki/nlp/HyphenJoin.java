package helsinki.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The token view that CoreNLP's NER models were trained on: the tokenizer splits "TNK-BP" into
 * three tokens, the CRF expects one. Builds a copy of an annotation with such words joined (CoreNLP's
 * {@code ner.useNERSpecificTokenization}, which its annotator keeps private); labels found on the
 * copy go back with {@link NERCombinerAnnotator#transferNERAnnotationsToAnnotation}.
 */
final class HyphenJoin {

  /** Words after a hyphen that start a new word for NER ("Chicago-based", "Kyiv-born"), as CoreNLP keeps them. */
  private static final Set<String> SEPARATE = Set.of("based", "area", "registered", "headquartered", "native",
      "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

  private HyphenJoin() {}

  static Annotation copy(Annotation original) {
    Annotation copy = new Annotation(original.get(CoreAnnotations.TextAnnotation.class));
    copy.set(CoreAnnotations.DocDateAnnotation.class, original.get(CoreAnnotations.DocDateAnnotation.class));
    copy.set(CoreAnnotations.DocIDAnnotation.class, original.get(CoreAnnotations.DocIDAnnotation.class));
    List<CoreMap> sentences = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap sentence : original.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = joined(sentence.get(CoreAnnotations.TokensAnnotation.class));
      Annotation s = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
      s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
      s.set(CoreAnnotations.TokensAnnotation.class, tokens);
      for (CoreLabel token : tokens) {
        token.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        token.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        all.add(token);
      }
      if (!tokens.isEmpty()) {
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokens.get(tokens.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class));
      }
      sentences.add(s);
    }
    copy.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    copy.set(CoreAnnotations.TokensAnnotation.class, all);
    return copy;
  }

  /** Copies of {@code tokens} where a hyphen with nothing around it joins the words on both sides. */
  private static List<CoreLabel> joined(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      CoreLabel last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean attached = last != null && NERCombinerAnnotator.afterIsEmpty.apply(last);
      if (attached && token.word().equals("-") && i + 1 < tokens.size() && !SEPARATE.contains(tokens.get(i + 1).word())) {
        NERCombinerAnnotator.mergeTokens(last, token);
      } else if (attached && last.word().endsWith("-") && !SEPARATE.contains(token.word())) {
        NERCombinerAnnotator.mergeTokens(last, token);
      } else {
        out.add(new CoreLabel(token));
      }
    }
    return out;
  }
}
