package helsinki.extract;

import helsinki.core.AskAction;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Evidence;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds outcome statements with {@link OutcomePattern#ALL}; one document's restatements of an outcome are one. */
final class Outcomes {

  private static final Pattern CONCESSIVE = Pattern.compile("^\\W*(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas|[Ee]ven\\s+though)\\b");

  private final Context context;
  private final List<Engagement> engagements;

  Outcomes(Context context, List<Engagement> engagements) {
    this.context = context;
    this.engagements = engagements;
  }

  List<Outcome> find() {
    List<Outcome> found = new ArrayList<>();
    for (Span s : context.sentences) {
      String sentence = context.text.substring(s.start(), s.end());
      for (OutcomePattern p : OutcomePattern.ALL) {
        Matcher m = p.pattern().matcher(sentence);
        while (m.find()) {
          Outcome o = outcome(p, m, s, found);
          if (o != null && found.stream().noneMatch(f -> same(f, o))) {
            found.add(new Outcome("O" + (found.size() + 1), o.subject(), o.action(), o.object(), o.status(), o.occasion(),
                List.of(), o.evidence()));
          }
        }
      }
    }
    return found;
  }

  /** "The decision not to meet civil society" after "he didn't meet with civil society" says it again. */
  private static boolean same(Outcome a, Outcome b) {
    return Objects.equals(a.subject(), b.subject()) && a.action() == b.action() && a.status() == b.status();
  }

  private @Nullable Outcome outcome(OutcomePattern p, Matcher m, Span s, List<Outcome> before) {
    boolean hasVerb = p.pattern().pattern().contains("(?<verb>");
    AskAction action = p.action();
    if (hasVerb) {
      Optional<AskAction> named = Verbs.action(m.group("verb")).or(() -> nominal(s.start() + m.end("verb"), s.end()));
      if (named.isEmpty()) {
        return null;
      }
      action = named.get();
    }
    int o = s.start();
    int clauseEnd = p.pattern().pattern().contains("(?<subj>") ? m.end("subj") : m.start();
    if (p.status() == OutcomeStatus.MET && concessive(context.text.substring(o, o + clauseEnd))) {
      return null;
    }
    String subject = subject(p, m, s, action, before);
    int objectStart = o + m.end();
    int end = objectStart;
    while (end < s.end() && ";:.".indexOf(context.text.charAt(end)) < 0) {
      end++;
    }
    String object = context.text.substring(objectStart, end).trim();
    return new Outcome("", subject, action, object.isEmpty() ? null : object, p.status(), occasion(subject), List.of(),
        Evidence.of(context.text, o + m.start(), end));
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * The action a light verb's object names: "open an investigation", "carry out a review" read by the first of
   * the next four words that names one ("investigation").
   */
  private Optional<AskAction> nominal(int from, int sentenceEnd) {
    Matcher w = WORD.matcher(context.text).region(from, sentenceEnd);
    for (int i = 0; i < 4 && w.find(); i++) {
      Optional<AskAction> a = Verbs.action(w.group());
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  /** "While he met with the president, he did not…": a met-with in a concessive clause is background, not a verdict. */
  private static boolean concessive(String clauseToSubject) {
    String clause = clauseToSubject.substring(Math.max(clauseToSubject.lastIndexOf(','), clauseToSubject.lastIndexOf(';')) + 1);
    return CONCESSIVE.matcher(clause).find();
  }

  private @Nullable String subject(OutcomePattern p, Matcher m, Span s, AskAction action, List<Outcome> before) {
    if (p == OutcomePattern.WAS_DONE) {
      // "The journalists were released": who released them the sentence does not say.
      return null;
    }
    if (!p.pattern().pattern().contains("(?<subj>")) {
      // An implicit subject ("the decision not to meet") is whoever the document last said did or did not do this.
      for (int i = before.size() - 1; i >= 0; i--) {
        if (before.get(i).action() == action && before.get(i).subject() != null) {
          return before.get(i).subject();
        }
      }
      return context.personBefore(s.start());
    }
    String surface = m.group("subj").toLowerCase(Locale.ROOT);
    if (List.of("he", "she", "they").contains(surface)) {
      return context.subjectBefore(s.start());
    }
    return context.entityAt(s.start() + m.start("subj"), s.start() + m.end("subj"));
  }

  /** The subject's visit or summit in this document, else its first engagement. */
  private @Nullable String occasion(@Nullable String subject) {
    List<Engagement> own = engagements.stream().filter(e -> e.actor().equals(subject)).toList();
    return own.stream().filter(e -> e.type() == EngagementType.VISIT || e.type() == EngagementType.SUMMIT)
        .findFirst().or(() -> own.stream().findFirst()).map(Engagement::id).orElse(null);
  }
}
