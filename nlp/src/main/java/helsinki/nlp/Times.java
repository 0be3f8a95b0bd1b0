package helsinki.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads SUTime's TIMEX3 from a CoreNLP mention and normalises it with {@link TimexNormalizer}. */
final class Times {

  private Times() {}

  /** The time expression of a DATE/TIME/DURATION/SET mention, or null for any other mention. */
  static @Nullable TimeExpression of(CoreMap mention, Annotation document, String text, @Nullable LocalDate anchor) {
    Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
    if (timex == null || timex.value() == null || timex.timexType() == null) {
      return null;
    }
    TimexType type = type(timex.timexType());
    if (type == null) {
      return null;
    }
    Span span = CoreNlpAnnotator.span(mention);
    TimeModifier modifier = TimeModifier.ofTimexMod(timex.toXmlElement().getAttribute("mod"));
    List<CoreLabel> inside = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (modifier == TimeModifier.NONE && inside != null && !inside.isEmpty()) {
      modifier = TimeModifier.ofWord(inside.get(0).originalText());
    }
    CoreLabel before = before(mention, document);
    if (modifier == TimeModifier.NONE && before != null && type != TimexType.DURATION) {
      TimeModifier outside = TimeModifier.ofWord(before.originalText());
      if (outside != TimeModifier.NONE) {
        // "since 2011": the word belongs to the expression, and changes what it covers.
        modifier = outside;
        span = new Span(before.beginPosition(), span.end());
      }
    }
    String written = text.substring(span.start(), span.end());
    String preceding = text.substring(Math.max(0, span.start() - 16), span.start());
    TimeMlConventions.Value timeMl = TimeMlConventions.apply(written, type, TimexValues.timeMl(timex.value()), preceding, anchor, tense(mention, document));
    DateRange days = TimexNormalizer.days(timeMl.value(), timeMl.type(), modifier, anchor);
    return new TimeExpression(written, span, timeMl.type(), timeMl.value(), days.start(), days.end());
  }

  /**
   * Past when the sentence has a past-tense verb and no "will" or "shall"; future when it has one of
   * those and no past-tense verb; otherwise unknown ("Police said the court will sit on Friday").
   */
  private static TimeMlConventions.Tense tense(CoreMap mention, Annotation document) {
    Integer index = mention.get(CoreAnnotations.SentenceIndexAnnotation.class);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (index == null || sentences == null || index >= sentences.size()) {
      return TimeMlConventions.Tense.UNKNOWN;
    }
    boolean past = false;
    boolean future = false;
    for (CoreLabel token : sentences.get(index).get(CoreAnnotations.TokensAnnotation.class)) {
      String word = token.word().toLowerCase(Locale.ROOT);
      past |= "VBD".equals(token.tag());
      future |= "MD".equals(token.tag()) && (word.equals("will") || word.equals("'ll") || word.equals("shall"));
    }
    return past == future ? TimeMlConventions.Tense.UNKNOWN : past ? TimeMlConventions.Tense.PAST : TimeMlConventions.Tense.FUTURE;
  }

  private static @Nullable CoreLabel before(CoreMap mention, Annotation document) {
    Integer first = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    return first == null || first == 0 || tokens == null ? null : tokens.get(first - 1);
  }

  private static @Nullable TimexType type(String timexType) {
    return switch (timexType.toUpperCase(Locale.ROOT)) {
      case "DATE" -> TimexType.DATE;
      case "TIME" -> TimexType.TIME;
      case "DURATION" -> TimexType.DURATION;
      case "SET" -> TimexType.SET;
      default -> null;
    };
  }
}
