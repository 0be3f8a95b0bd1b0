package helsinki.extract;

import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Entity;
import helsinki.core.Evidence;
import helsinki.core.Place;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import helsinki.core.When;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds engagements with {@link EngagementPattern#ALL} and merges those that report the same one twice. */
final class Engagements {

  private static final Pattern ADJOINING = Pattern.compile("(?:[,\\s]*[A-Z][\\w.-]*)*[,\\s]*(?:on\\s+)?");

  private final Context context;
  private final Input input;

  Engagements(Context context, Input input) {
    this.context = context;
    this.input = input;
  }

  List<Engagement> find() {
    List<Engagement> found = new ArrayList<>();
    for (Span s : context.sentences) {
      found.addAll(inSentence(s));
    }
    found.addAll(inCaptions());
    List<Engagement> merged = merge(found);
    List<Engagement> numbered = new ArrayList<>();
    for (Engagement e : merged) {
      numbered.add(new Engagement("G" + (numbered.size() + 1), e.type(), e.actor(), e.counterparts(), e.place(), e.when(), e.evidence()));
    }
    return numbered;
  }

  private List<Engagement> inSentence(Span s) {
    List<Engagement> found = new ArrayList<>();
    String sentence = context.text.substring(s.start(), s.end());
    for (EngagementPattern p : EngagementPattern.ALL) {
      Matcher m = p.pattern().matcher(sentence);
      while (m.find()) {
        Engagement e = engagement(p, m, s.start(), s.end());
        if (e != null) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /**
   * Captions are a field apart from {@code text}. A caption whose matched words the text also holds is
   * read there, with offsets into the text; one that the text does not hold is read alone, and its
   * engagement's evidence carries the whole caption as quote with offsets -1, since no offset into
   * {@code text} can point at it.
   */
  private List<Engagement> inCaptions() {
    List<Engagement> found = new ArrayList<>();
    for (String caption : input.document().captions()) {
      for (EngagementPattern p : EngagementPattern.ALL) {
        Matcher m = p.pattern().matcher(caption);
        if (!m.find()) {
          continue;
        }
        int at = context.text.indexOf(m.group());
        Engagement e;
        if (at >= 0) {
          e = engagement(p, m, at - m.start(), context.sentenceAt(at).end());
        } else {
          e = captionAlone(p, m, caption);
        }
        if (e != null) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /** A caption's engagement, its entities and place found by name, since a caption has no mentions of its own. */
  private @Nullable Engagement captionAlone(EngagementPattern p, Matcher m, String caption) {
    String actor = byName(m.group("actor"));
    if (actor == null) {
      return null;
    }
    List<String> counterparts = new ArrayList<>();
    if (group(m, "cp")) {
      for (Entity e : context.entities) {
        if (!e.id().equals(actor) && named(m.group("cp"), e)) {
          counterparts.add(e.id());
        }
      }
    }
    Place place = null;
    if (group(m, "place")) {
      place = input.places().stream().filter(r -> m.group("place").contains(r.mention().text())).findFirst()
          .map(r -> new Place(r.place().name(), r.place().country(), r.place().region())).orElse(null);
    }
    return new Engagement("", p.type(), actor, counterparts, place, null, new Evidence(-1, -1, caption));
  }

  private static boolean named(String surface, Entity e) {
    return holds(surface, e.name()) || e.aliases().stream().anyMatch(a -> a.length() > 3 && holds(surface, a));
  }

  /** Whole words only: "Russian Foreign Minister" does not name "Russia". */
  private static boolean holds(String surface, String form) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(surface).find();
  }

  /** The entity whose name or an alias the caption's words hold; captions have no mentions of their own. */
  private @Nullable String byName(String surface) {
    for (Entity e : context.entities) {
      if (named(surface, e)) {
        return e.id();
      }
    }
    return null;
  }

  private @Nullable Engagement engagement(EngagementPattern p, Matcher m, int offset, int sentenceEnd) {
    int aStart = offset + m.start("actor");
    String actor = resolveActor(m.group("actor"), aStart, offset + m.end("actor"));
    if (actor == null) {
      return null;
    }
    List<String> counterparts = new ArrayList<>();
    if (group(m, "cp")) {
      for (Entity e : context.within(offset + m.start("cp"), offset + m.end("cp"))) {
        if (!e.id().equals(actor)) {
          counterparts.add(e.id());
        }
      }
    }
    Place place = group(m, "place") ? placeIn(offset + m.start("place"), offset + m.end("place")) : null;
    if (p == EngagementPattern.WAS_IN && place == null) {
      // "was in prison", "was in Office": a stay is one only at a place the gazetteer knows.
      return null;
    }
    int from = group(m, "ev") ? offset + m.start("ev") : offset + m.start();
    TimeExpression time = timeOf(offset + m.start(), offset + m.end(), sentenceEnd);
    if (time == null && (p.type() == EngagementType.SUMMIT || p.type() == EngagementType.VISIT)) {
      time = namedDate(p.type());
    }
    When when = time == null ? null : time.when();
    int end = time == null ? offset + m.end() : Math.max(offset + m.end(), time.span().end());
    return new Engagement("", p.type(), actor, counterparts, place, when, Evidence.of(context.text, from, end));
  }

  /**
   * The date the text gives the gathering elsewhere ("four requests for the EU–Viet Nam summit of 14 October",
   * then "she led the delegation to the summit in Hanoi"): a date right after the type's noun, when one only.
   */
  private @Nullable TimeExpression namedDate(EngagementType type) {
    Pattern noun = type == EngagementType.SUMMIT ? SUMMIT_OF : VISIT_OF;
    List<TimeExpression> dated = new ArrayList<>();
    for (TimeExpression t : input.annotated().times()) {
      int from = Math.max(0, t.span().start() - 16);
      if (t.start() != null && t.type() != TimexType.DURATION && noun.matcher(context.text.substring(from, t.span().start())).find()) {
        dated.add(t);
      }
    }
    return dated.stream().map(TimeExpression::start).distinct().count() == 1 ? dated.get(0) : null;
  }

  private static final Pattern SUMMIT_OF = Pattern.compile("\\b(?:summit|ministerial)\\s+(?:of|on)\\s+$");
  private static final Pattern VISIT_OF = Pattern.compile("\\b(?:visit|trip)\\s+(?:of|on)\\s+$");

  private static boolean group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") && m.group(name) != null;
  }

  private @Nullable String resolveActor(String surface, int start, int end) {
    String s = surface.trim().toLowerCase(Locale.ROOT);
    // "your visit", and in a letter "ahead of the summit in X": the addressee's engagement.
    if (s.equals("your") || s.matches("ahead\\s+of|before|during|at")) {
      return context.addressee;
    }
    if (s.equals("we")) {
      return context.publisher;
    }
    if (s.equals("you")) {
      return context.addressee;
    }
    if (List.of("he", "she", "his", "her", "they", "their").contains(s)) {
      return start < 0 ? null : context.pronounAt(start, s.startsWith("h") && !s.equals("he") || s.startsWith("their"));
    }
    return start < 0 ? null : context.entityAt(start, end);
  }

  private @Nullable Place placeIn(int start, int end) {
    for (Places.Resolved r : input.places()) {
      if (r.mention().start() >= start && r.mention().start() < end) {
        return new Place(r.place().name(), r.place().country(), r.place().region());
      }
    }
    return null;
  }

  /**
   * The date of an engagement: a time inside the match, or one that follows it with only place names
   * and commas between ("in Moscow, Russia, April 12, 2017"); a time later in the sentence is another matter.
   */
  private @Nullable TimeExpression timeOf(int start, int end, int sentenceEnd) {
    for (TimeExpression t : input.annotated().times()) {
      // "spent two days in Dushanbe": a duration says how long, not when.
      if (t.start() == null || t.span().start() < start || t.span().end() > sentenceEnd || t.type() == TimexType.DURATION) {
        continue;
      }
      if (t.span().start() < end || t.span().start() - end < 60 && ADJOINING.matcher(context.text.substring(end, t.span().start())).matches()) {
        return t;
      }
    }
    return null;
  }

  /**
   * The same engagement reported twice is one: same actor and type, and either the same country or a
   * shared counterpart. The merged one keeps the better-dated and placed report's evidence.
   */
  static List<Engagement> merge(List<Engagement> found) {
    List<Engagement> out = new ArrayList<>();
    for (Engagement e : found) {
      int same = -1;
      for (int i = 0; i < out.size() && same < 0; i++) {
        if (same(out.get(i), e)) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(e);
      } else {
        out.set(same, join(out.get(same), e));
      }
    }
    return out;
  }

  private static boolean same(Engagement a, Engagement b) {
    boolean samePlace = a.place() != null && b.place() != null && a.place().name().equals(b.place().name());
    if (a.actor().equals(b.actor()) && samePlace && EnumSet.of(a.type(), b.type()).equals(EnumSet.of(EngagementType.VISIT, EngagementType.SUMMIT))) {
      // "ahead of the ministerial meeting in Dushanbe" and "during your stay in Dushanbe" are one trip: the summit.
      return true;
    }
    if (a.type() != b.type() || !a.actor().equals(b.actor())) {
      return false;
    }
    boolean sameCountry = a.place() != null && b.place() != null && a.place().country() != null
        && a.place().country().equals(b.place().country());
    return sameCountry || a.counterparts().stream().anyMatch(b.counterparts()::contains);
  }

  private static Engagement join(Engagement a, Engagement b) {
    // Equal detail: the report that comes first in the text ("X was in Cairo on 9 February, her first trip to Egypt").
    Engagement keep = detail(b) > detail(a) || detail(b) == detail(a) && b.evidence().start() >= 0
        && b.evidence().start() < a.evidence().start() ? b : a;
    EngagementType type = a.type() == EngagementType.SUMMIT || b.type() == EngagementType.SUMMIT ? EngagementType.SUMMIT : keep.type();
    Set<String> counterparts = new LinkedHashSet<>(keep.counterparts());
    counterparts.addAll(a.counterparts());
    counterparts.addAll(b.counterparts());
    return new Engagement("", type, keep.actor(), List.copyOf(counterparts),
        keep.place() != null ? keep.place() : (a.place() != null ? a.place() : b.place()),
        keep.when() != null ? keep.when() : (a.when() != null ? a.when() : b.when()), keep.evidence());
  }

  private static int detail(Engagement e) {
    return (e.place() != null ? 1 : 0) + (e.when() != null ? 1 : 0);
  }
}
