package helsinki.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import helsinki.core.Annotated;
import helsinki.core.Annotator;
import helsinki.core.Dependency;
import helsinki.core.Document;
import helsinki.core.Mention;
import helsinki.core.NerClass;
import helsinki.core.Quantity;
import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The annotator on Stanford CoreNLP: one pipeline with its models loaded once, shared by all threads
 * (CoreNLP's {@code StanfordCoreNLP.annotate} is safe to call concurrently; each call works on its
 * own {@code Annotation}). Build one per process with {@link #load} and pass it to whoever needs it.
 */
public final class CoreNlpAnnotator implements Annotator {

  private final StanfordCoreNLP pipeline;
  // Our NER step after the pipeline; null when the pipeline runs CoreNLP's own (other configurations).
  private final @Nullable NerStage ner;

  private CoreNlpAnnotator(StanfordCoreNLP pipeline, @Nullable NerStage ner) {
    this.pipeline = pipeline;
    this.ner = ner;
  }

  /** Loads the models (a few seconds, several hundred MB of heap); {@code dependencies} adds a parse. */
  public static CoreNlpAnnotator load(boolean dependencies) {
    return load(dependencies, true);
  }

  /** Loads our pipeline; {@code gateTimes} false runs SUTime on every sentence, not only where a time can be. */
  static CoreNlpAnnotator load(boolean dependencies, boolean gateTimes) {
    return new CoreNlpAnnotator(new StanfordCoreNLP(PipelineConfig.ours(dependencies)), NerStage.load(gateTimes));
  }

  /** Loads a pipeline with exactly these CoreNLP properties, for measuring other configurations. */
  static CoreNlpAnnotator load(Properties properties) {
    return new CoreNlpAnnotator(new StanfordCoreNLP(properties), null);
  }

  @Override
  public Annotated annotate(Document document, @Nullable LocalDate anchor) {
    LocalDate date = document.published() != null ? document.published() : anchor;
    return annotateText(document.id(), document.text(), date);
  }

  /** Annotates bare text with relative times resolved against {@code anchor} (for evaluation). */
  public Annotated annotateText(String id, String text, @Nullable LocalDate anchor) {
    Annotation annotation = new Annotation(text);
    if (anchor != null) {
      // SUTime resolves "last week" and "Friday" against the document date given here.
      annotation.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
    }
    pipeline.annotate(annotation);
    if (ner != null) {
      ner.annotate(annotation);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      sentences.add(sentence(sentence, labels, text));
      quantities.addAll(QuantityParser.parse(labels.stream().map(CoreNlpAnnotator::tok).toList(), text));
    }
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    List<CoreMap> found = mentions == null ? List.of() : mentions;
    List<Mention> names = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (CoreMap mention : found) {
      NerClass nerClass = nerClass(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (nerClass != null) {
        names.add(new Mention(mention.get(CoreAnnotations.TextAnnotation.class), span(mention), nerClass, null));
      }
      TimeExpression time = Times.of(mention, annotation, text, anchor);
      if (time != null) {
        times.add(time);
      }
    }
    return new Annotated(id, anchor, sentences, names, TimeContext.resolve(MissedTimes.add(times, text, anchor), sentences, text, anchor), quantities);
  }

  private static Sentence sentence(CoreMap sentence, List<CoreLabel> labels, String text) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      Span span = new Span(label.beginPosition(), label.endPosition());
      tokens.add(new Token(text.substring(span.start(), span.end()), span, nonNull(label.lemma()), nonNull(label.tag())));
    }
    return new Sentence(span(sentence), tokens, dependencies(sentence));
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      edges.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1, edge.getRelation().toString()));
    }
    return edges;
  }

  static Span span(CoreMap map) {
    return new Span(
        map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static Tok tok(CoreLabel label) {
    String ner = label.ner();
    return new Tok(label.originalText(), nonNull(label.tag()), ner == null ? "" : ner,
        label.beginPosition(), label.endPosition());
  }

  /** Coarse class of a CoreNLP NER label; null for numbers, times and anything unnamed. */
  static @Nullable NerClass nerClass(@Nullable String label) {
    if (label == null) {
      return null;
    }
    return switch (label) {
      case "PERSON" -> NerClass.PERSON;
      case "ORGANIZATION" -> NerClass.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> NerClass.LOCATION;
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> NerClass.MISC;
      default -> null;
    };
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
