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
    String value = TimexValues.timeMl(timex.value());
    DateRange days = TimexNormalizer.days(value, type, modifier, anchor);
    return new TimeExpression(text.substring(span.start(), span.end()), span, type, value,
        days.start(), days.end());
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
