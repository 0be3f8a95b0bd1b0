package helsinki.extract;

import helsinki.core.Count;
import helsinki.core.EntityType;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.Evidence;
import helsinki.core.Quantity;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds events with {@link EventPattern#ALL}: per sentence, one event per type that it reports, with
 * the details {@link EventDetails} reads around the triggers; then {@link EventMerger} makes the same
 * happening reported twice in the document one event.
 */
final class Events {

  private final Context context;
  private final EventDetails details;
  private final Input input;

  Events(Context context, Input input) {
    this.context = context;
    this.input = input;
    this.details = new EventDetails(context, input);
  }

  List<Event> find() {
    List<EventMerger.Found> found = new ArrayList<>();
    for (Span s : context.sentences) {
      found.addAll(inSentence(s));
    }
    List<Event> merged = EventMerger.merge(found);
    List<Event> numbered = new ArrayList<>();
    for (Event e : merged) {
      numbered.add(new Event("V" + (numbered.size() + 1), e.type(), e.actors(), e.victims(), e.place(), e.when(), e.counts(),
          e.certainty(), e.themes(), e.evidence()));
    }
    return numbered;
  }

  /** The events one sentence reports, in the order of their first trigger. */
  List<EventMerger.Found> inSentence(Span s) {
    List<Trigger> triggers = triggers(s);
    Map<EventType, List<Trigger>> byType = new LinkedHashMap<>();
    for (Trigger t : triggers) {
      byType.computeIfAbsent(t.pattern().type(), k -> new ArrayList<>()).add(t);
    }
    Map<EventType, List<Count>> counts = counts(s, triggers);
    List<EventMerger.Found> found = new ArrayList<>();
    List<Span> victimSpans = new ArrayList<>();
    for (var entry : byType.entrySet()) {
      Trigger first = entry.getValue().get(0);
      Span victims = details.victims(first, s);
      if (victims != null) {
        victimSpans.add(victims);
      }
      // "The March protests": any of the type's triggers written as a back-reference makes the sentence refer back.
      boolean anaphoric = entry.getValue().stream()
          .anyMatch(t -> t.anaphoric(context.text.substring(s.start(), t.start()), context.text.substring(t.end(), s.end())));
      Event e = new Event("", entry.getKey(), details.actors(first, s), victims == null ? null : context.text.substring(victims.start(), victims.end()),
          details.place(first, s), details.when(first, s), counts.getOrDefault(entry.getKey(), List.of()), details.certainty(first, s),
          EventThemes.of(entry.getKey()), evidence(s));
      found.add(new EventMerger.Found(e, entry.getValue(), anaphoric));
    }
    // "the arrest of peaceful protesters": protesters named as another event's victims report no protest of their own.
    found.removeIf(f -> f.triggers().stream().allMatch(t -> t.namesPeople()
        && victimSpans.stream().anyMatch(v -> v.start() <= t.start() && t.end() <= v.end())));
    return found;
  }

  /** The sentence's triggers that report a happening, in text order; of two overlapping ones the longer stays. */
  private List<Trigger> triggers(Span s) {
    String sentence = context.text.substring(s.start(), s.end());
    List<Trigger> all = new ArrayList<>();
    for (EventPattern p : EventPattern.ALL) {
      Matcher m = p.pattern().matcher(sentence);
      while (m.find()) {
        Trigger t = new Trigger(p, s.start() + m.start(), s.start() + m.end(), m.group());
        if (t.reported(sentence.substring(0, m.start())) && !insideOrganisationName(t)) {
          all.add(t);
        }
      }
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Trigger> kept = new ArrayList<>();
    for (Trigger t : all) {
      boolean covered = all.stream().anyMatch(o -> o != t && o.start() <= t.start() && t.end() <= o.end()
          && (o.end() - o.start() > t.end() - t.start() || o.start() < t.start()));
      if (!covered) {
        kept.add(t);
      }
    }
    return kept;
  }

  /** "the Committee against Torture", "the Anti-Corruption Foundation": a trigger inside an organisation's name reports nothing. */
  private boolean insideOrganisationName(Trigger t) {
    return context.within(t.start(), t.end()).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.mentions().stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end()));
  }

  /** Each quantity of the sentence near a trigger counts what the nearest names; durations and shares count no happening. */
  private Map<EventType, List<Count>> counts(Span s, List<Trigger> triggers) {
    Map<EventType, List<Count>> counts = new LinkedHashMap<>();
    if (triggers.isEmpty()) {
      return counts;
    }
    for (Quantity q : input.annotated().quantities()) {
      if (q.span().start() < s.start() || q.span().end() > s.end() || q.unit().matches("(?i).*\\b(?:years?|months?|weeks?|days?|hours?|minutes?|times?|percent|per cent|%)")) {
        continue;
      }
      // "more than 40 protesters": the people the count names are the victims of another trigger, not a protest of their own.
      List<Trigger> candidates = triggers.stream().filter(t -> !(t.namesPeople() && q.span().start() <= t.start() && t.end() <= q.span().end())).toList();
      if (candidates.isEmpty()) {
        candidates = triggers;
      }
      Trigger nearest = candidates.get(0);
      for (Trigger t : candidates) {
        if (distance(t, q.span()) < distance(nearest, q.span())) {
          nearest = t;
        }
      }
      if (distance(nearest, q.span()) > EventDetails.NEAR) {
        continue;
      }
      counts.computeIfAbsent(nearest.pattern().type(), k -> new ArrayList<>()).add(q.count());
    }
    return counts;
  }

  private static int distance(Trigger t, Span q) {
    return q.end() <= t.start() ? t.start() - q.end() : Math.max(0, q.start() - t.end());
  }

  /** The sentence without its leading bullet or spaces. */
  private Evidence evidence(Span s) {
    int start = s.start();
    while (start < s.end() && (Character.isWhitespace(context.text.charAt(start)) || "•*-–·".indexOf(context.text.charAt(start)) >= 0)) {
      start++;
    }
    int end = s.end();
    while (end > start && Character.isWhitespace(context.text.charAt(end - 1))) {
      end--;
    }
    return Evidence.of(context.text, start, end);
  }
}
