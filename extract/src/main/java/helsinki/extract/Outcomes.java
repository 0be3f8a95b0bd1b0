package helsinki.extract;

import helsinki.core.AskAction;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Evidence;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
      if (question(s)) {
        // "(b) Has the Government raised his case?" asks what became of it; it says nothing.
        continue;
      }
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

  /**
   * "The decision not to meet civil society leaders" after "he didn't meet with civil society leaders" says it
   * again; "did not meet relatives" and "the meeting with journalists was cancelled" are two outcomes.
   */
  private static boolean same(Outcome a, Outcome b) {
    return Objects.equals(a.subject(), b.subject()) && a.action() == b.action() && a.status() == b.status()
        && (backReference(a.object()) || backReference(b.object()) || !Collections.disjoint(content(a.object()), content(b.object())));
  }

  /** No object, or one that points back ("not to meet them"): it can only restate. */
  private static boolean backReference(@Nullable String object) {
    return object == null || BACK.matcher(object).lookingAt();
  }

  private static final Pattern BACK = Pattern.compile("(?i)(?:with\\s+)?(?:them|him|her|it|those|these)\\b");

  private static Set<String> content(String object) {
    Set<String> words = new HashSet<>();
    for (String w : object.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 3 && !STOP.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  private static final Set<String> STOP = Set.of("with", "that", "this", "these", "those", "their", "them", "from", "about", "into",
      "other", "were", "been", "have", "which", "while", "planned", "meeting");

  private static final Pattern QUESTION_START = Pattern.compile(
      "^\\W*(?:\\(?[a-z0-9]{1,2}[.)]\\s*)?(?:Has|Have|Had|Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could|Why|When|How|What)\\b");

  /** A question: it opens with an auxiliary or a question word, or its line ends with "?". */
  private boolean question(Span s) {
    Span line = context.paragraphAt(s.start());
    return QUESTION_START.matcher(context.text.substring(s.start(), s.end())).find() && context.text.substring(line.start(), line.end()).strip().endsWith("?");
  }

  private @Nullable Outcome outcome(OutcomePattern p, Matcher m, Span s, List<Outcome> before) {
    boolean hasVerb = p.pattern().pattern().contains("(?<verb>");
    AskAction action = p.action();
    if (p.pattern().pattern().contains("(?<any>")) {
      action = Verbs.action(m.group("any")).orElse(AskAction.OTHER);
    }
    if (hasVerb && m.group("verb").equals("been")) {
      // "have not been released" is an outcome; "officials have not been allowed to see him" is what others did.
      Matcher done = DONE.matcher(context.text).region(s.start() + m.end("verb"), s.end());
      if (!done.lookingAt()) {
        return null;
      }
      action = Verbs.action(done.group(1)).orElse(AskAction.OTHER);
    } else if (hasVerb) {
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
    while (end < s.end() && (";:.".indexOf(context.text.charAt(end)) < 0 || TITLE.matcher(context.text.substring(objectStart, end)).find())) {
      end++;
    }
    Matcher next = NEXT_CLAUSE.matcher(context.text).region(objectStart, end);
    if (next.find()) {
      // ", and the planned meeting ... was cancelled" is another outcome's clause.
      end = next.start();
    }
    // "the planned meeting with independent journalists was cancelled": whom the meeting was with is its object.
    String object = p.pattern().pattern().contains("(?<obj>") ? m.group("obj") : context.text.substring(objectStart, end).trim();
    return new Outcome("", subject, action, object.isEmpty() ? null : object, p.status(), occasion(subject), List.of(),
        Evidence.of(context.text, o + m.start(), end));
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern DONE = Pattern.compile("\\s+(?:\\w+ly\\s+)?(released|freed|pardoned|repealed|withdrawn|abolished|quashed|overturned)\\b");
  /** A title's full stop ("Mr. Haddad") ends no object. */
  private static final Pattern TITLE = Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr|Prof|St)$");
  private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+(?:the|a|an|she|he|they|it|its|his|her|their|[A-Z])\\b");

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
      return context.pronounAt(s.start() + m.start("subj"), false);
    }
    return context.entityAt(s.start() + m.start("subj"), s.start() + m.end("subj"));
  }

  /** The subject's visit or summit in this document, else its first engagement. */
  private @Nullable String occasion(@Nullable String subject) {
    List<Engagement> own = engagements.stream().filter(e -> e.actor().equals(subject)).toList();
    return own.stream().filter(e -> e.type() == EngagementType.VISIT || e.type() == EngagementType.SUMMIT).findFirst()
        .or(() -> own.stream().findFirst()).map(Engagement::id).orElse(null);
  }
}
