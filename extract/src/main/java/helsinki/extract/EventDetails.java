package helsinki.extract;

import helsinki.core.Certainty;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.EventType;
import helsinki.core.Place;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import helsinki.core.When;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads an event's actors, victims, place, time and certainty around its trigger, within its sentence. */
final class EventDetails {

  /** Where a noun phrase of victims ends: punctuation that closes a clause, or a preposition or clause word. */
  private static final String NP = "(?<np>[^.;:!?]+?)(?=\\s*(?:[.;:!?]|,\\s*(?:who|which|where|when|while|but|after|as|according|and\\s+(?:have|has|had|were|was|are|is))\\b"
      + "|\\s(?:in|at|on|since|for|by|under|after|during|following|which|who|that|from|over|because|while|as|when|near|outside|inside|last|this|before|amid)\\s|$))";
  /** "arrests of opposition figures", "attack on journalists", "killing of gay men in Chechnya". */
  private static final Pattern OF_VICTIMS = Pattern.compile("^\\s+(?:of|on|against|targeting)\\s+" + NP);
  /** A past participle trigger followed by its object: "police arrested three activists". */
  private static final Pattern OBJECT = Pattern.compile("^\\s+(?!(?:by|in|at|on|for|to|after|during|from|with|and|or|but|over|since|as|when)\\b)" + NP);
  /** "journalists are being killed", "Tatars in Crimea, who are being labeled", "he was detained". */
  private static final Pattern PASSIVE = Pattern.compile(
      "(?:(?<who>,\\s*(?:who|which)\\s+)|\\s+)(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been|are\\s+being|is\\s+being|were\\s+being|was\\s+being|being|been|got)(?:\\s+\\w+ly)?\\s*$");
  /** The last clause start before a passive verb; what follows it is the subject. */
  private static final Pattern CLAUSE_START = Pattern.compile(
      "(?s)^.*(?:[;:(—–]|,\\s*(?:but|while|as|after)\\s|\\b(?:when|that|while|where|whom|after|because|although|though|since|if)\\s)(?<np>[^;:(—–]*)$");
  /** Before ", who are being …": the noun phrase after the last preposition ("the treatment of Tatars in Crimea"). */
  private static final Pattern RELATIVE_HEAD = Pattern.compile("(?s)^.*\\b(?:of|over|about|concerning|against|on|for)\\s+(?<np>[^,;:]+)$");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^\\s*(?:the|a|an)\\s+");
  private static final Pattern AGENT = Pattern.compile("^(?:\\s+\\S+){0,3}?\\s+(?:by|under\\s+orders\\s+of|on\\s+the\\s+orders\\s+of)\\s+(?<np>[^,.;:]+)");
  private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\s*(?:you|your|yours|yourself|yourselves)\\s*");
  private static final Map<Certainty, Pattern> CUES = Map.of(
      Certainty.CONFIRMED, Pattern.compile("(?i)\\b(?:confirm(?:ed|s)?|verified|documented|proven)\\b"),
      Certainty.ALLEGED, Pattern.compile("(?i)\\b(?:alleged(?:ly)?|allegations?|accused|accusations?|claim(?:s|ed)?|purported(?:ly)?)\\b"),
      Certainty.POSSIBLE, Pattern.compile("(?i)\\b(?:possible|possibly|may\\s+have|might\\s+have|feared|unconfirmed|probably|likely)\\b"),
      Certainty.REPORTED, Pattern.compile("(?i)\\b(?:report(?:s|ed|edly)?|according\\s+to|indicat(?:e|es|ed)|said|say|says|witness(?:es|ed)?)\\b"));

  /** Protests, wars, corruption and elections have no victims' phrase: "corrupt practices of X" names the actor. */
  private static final Set<EventType> HAS_VICTIMS = EnumSet.of(EventType.PROTEST_REPRESSION, EventType.ARREST,
      EventType.DISAPPEARANCE, EventType.TORTURE, EventType.SEXUAL_VIOLENCE, EventType.KILLING, EventType.ATTACK, EventType.PERSECUTION,
      EventType.RESTRICTION);
  /** A cue or count further than this from the trigger (in chars) speaks of something else in a long sentence. */
  static final int NEAR = 60;

  private final Context context;
  private final Input input;

  EventDetails(Context context, Input input) {
    this.context = context;
    this.input = input;
  }

  /** The victims' noun phrase: after "of"/"on", before a passive verb, or after an active one; null when none is written. */
  @Nullable Span victims(Trigger t, Span s) {
    if (!HAS_VICTIMS.contains(t.pattern().type())) {
      return null;
    }
    String after = context.text.substring(t.end(), s.end());
    Matcher m = OF_VICTIMS.matcher(after);
    if (m.find()) {
      return trimmed(t.end() + m.start("np"), t.end() + m.end("np"));
    }
    String before = context.text.substring(s.start(), t.start());
    Matcher p = PASSIVE.matcher(before);
    if (p.find()) {
      String head = before.substring(0, p.start());
      Matcher c = (p.group("who") != null ? RELATIVE_HEAD : CLAUSE_START).matcher(head);
      if (c.find() && !c.group("np").isBlank()) {
        return trimmed(s.start() + c.start("np"), s.start() + c.end("np"));
      }
      if (p.group("who") == null) {
        return trimmed(s.start(), s.start() + head.length());
      }
    }
    if (reducedRelative(t, before)) {
      // "the cases of the 25 journalists arrested in Baku": the noun phrase the participle follows.
      Matcher r = RELATIVE_HEAD.matcher(before.stripTrailing());
      if (r.find()) {
        int from = s.start() + r.start("np");
        Matcher article = LEADING_ARTICLE.matcher(r.group("np"));
        return trimmed(from + (article.find() ? article.end() : 0), s.start() + r.end("np"));
      }
      return null;
    }
    if (t.text().matches("(?i).*ed") && !t.text().contains(" ")) {
      Matcher o = OBJECT.matcher(after);
      if (o.find()) {
        return trimmed(t.end() + o.start("np"), t.end() + o.end("np"));
      }
    }
    return null;
  }

  /** Drops surrounding spaces and a leading article; null for an empty or over-long phrase, which is no victims' name. */
  private @Nullable Span trimmed(int start, int end) {
    String s = context.text.substring(start, end);
    int lead = s.length() - s.stripLeading().length();
    int trail = s.length() - s.stripTrailing().length();
    int from = start + lead;
    int to = end - trail;
    to = finiteVerbBefore(from, to);
    if (to <= from || context.text.substring(from, to).split("\\s+").length > 14) {
      return null;
    }
    return new Span(from, to);
  }

  /** Where a finite verb (or modal) in {@code [from, to)} starts a new clause, so that "civil society undermines" ends at "society". */
  private int finiteVerbBefore(int from, int to) {
    for (var sentence : input.annotated().sentences()) {
      for (var token : sentence.tokens()) {
        String tag = token.tag();
        if (token.span().start() > from && token.span().start() < to
            && (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD") || tag.equals("MD"))) {
          String head = context.text.substring(from, token.span().start()).stripTrailing();
          return from + head.replaceAll("[,;:]+$", "").stripTrailing().length();
        }
      }
    }
    return to;
  }

  /** Entities named as doing it: "by the police", "under orders of X", "the government's crackdown", or the subject just before a verb. */
  List<String> actors(Trigger t, Span s) {
    List<String> ids = new ArrayList<>();
    Matcher a = AGENT.matcher(context.text.substring(t.end(), s.end()));
    if (a.find()) {
      addActors(ids, t.end() + a.start("np"), t.end() + a.end("np"));
    }
    Matcher of = OF_VICTIMS.matcher(context.text.substring(t.end(), s.end()));
    if (t.pattern().type() == EventType.CORRUPTION && of.find()) {
      addActors(ids, t.end() + of.start("np"), t.end() + of.end("np"));
    }
    int from = Math.max(s.start(), t.start() - 60);
    String before = context.text.substring(from, t.start());
    Matcher poss = Pattern.compile("['’]s\\s+(?:\\S+\\s+){0,2}$").matcher(before);
    boolean active = t.text().matches("(?i).*ed") && !before.matches("(?s).*\\b(?:was|were|been|being|is|are|got)\\s+(?:\\w+ly\\s+)?$")
        && !reducedRelative(t, before);
    if (poss.find() || active) {
      List<Entity> there = context.within(from, t.start());
      for (int i = there.size() - 1; i >= 0 && ids.isEmpty(); i--) {
        if (perpetrator(there.get(i)) && !addressedOnly(there.get(i), from, t.start())) {
          ids.add(there.get(i).id());
        }
      }
    }
    return ids;
  }

  /** "the journalists arrested in Baku": a past participle right after a noun, not after "have", is passive. */
  private boolean reducedRelative(Trigger t, String before) {
    for (var sentence : input.annotated().sentences()) {
      for (var token : sentence.tokens()) {
        if (token.span().start() == t.start()) {
          return token.tag().equals("VBN") && !before.matches("(?s).*\\b(?:have|has|had|having)\\s+(?:\\w+ly\\s+)?$");
        }
      }
    }
    return false;
  }

  /**
   * The letter's addressee, or anyone named there only as "you"/"your", is who the letter speaks to, not who
   * did the abuse: "we urge you to raise the cases of the journalists arrested" names no perpetrator.
   */
  private boolean addressedOnly(Entity e, int from, int to) {
    if (input.addressees().contains(e.id())) {
      return true;
    }
    return e.mentions().stream().filter(m -> m.start() < to && from < m.end())
        .allMatch(m -> SECOND_PERSON.matcher(context.text.substring(m.start(), m.end())).matches());
  }

  private void addActors(List<String> ids, int start, int end) {
    for (Entity e : context.within(start, end)) {
      if (perpetrator(e) && !ids.contains(e.id())) {
        ids.add(e.id());
      }
    }
  }

  private static boolean perpetrator(Entity e) {
    return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GOVERNMENT;
  }

  /**
   * The place nearest after the trigger in its sentence ("aggression in eastern Ukraine"), else the nearest
   * before it; names of places before nationality adjectives; else the first place named in its paragraph.
   */
  @Nullable Place place(Trigger t, Span s) {
    Places.Resolved best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Places.Resolved r : input.places()) {
      int at = r.mention().start();
      if (r.inTitle() || at < s.start() || at >= s.end()) {
        continue;
      }
      boolean adjective = r.place().kind() == Places.Kind.ADJECTIVE;
      // After the trigger names where ("air strike on a Syrian air base"); before it often names who ("the US air strike").
      int score = at >= t.end() ? at - t.end() + (adjective ? 500 : 0) : 1000 + t.start() - at + (adjective ? 5000 : 0);
      if (score < bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (best == null) {
      Span para = context.paragraphAt(t.start());
      best = input.places().stream().filter(r -> !r.inTitle() && r.mention().start() >= para.start() && r.mention().start() < para.end()
          && r.place().kind() != Places.Kind.ADJECTIVE).min(Comparator.comparingInt(r -> r.mention().start())).orElse(null);
    }
    return best == null ? null : new Place(best.mention().text(), best.place().country(), best.place().region());
  }

  /** The dated time expression nearest the trigger in its sentence; durations ("for two years") fix no date. */
  @Nullable When when(Trigger t, Span s) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression x : input.annotated().times()) {
      // "now", "recently": the present or a vague past dates no happening.
      if (x.start() == null || x.type() == TimexType.DURATION || x.type() == TimexType.SET || x.timex().endsWith("_REF")
          || x.span().start() < s.start() || x.span().end() > s.end()) {
        continue;
      }
      int d = x.span().end() <= t.start() ? t.start() - x.span().end() : Math.max(0, x.span().start() - t.end());
      if (d < bestDistance) {
        best = x;
        bestDistance = d;
      }
    }
    return best == null ? null : best.when();
  }

  /** The certainty whose cue stands nearest the trigger in its sentence, within {@link #NEAR}; a report without a cue is REPORTED. */
  Certainty certainty(Trigger t, Span s) {
    String sentence = context.text.substring(s.start(), s.end());
    Certainty best = Certainty.REPORTED;
    int bestDistance = Integer.MAX_VALUE;
    for (var cue : CUES.entrySet()) {
      Matcher m = cue.getValue().matcher(sentence);
      while (m.find()) {
        int start = s.start() + m.start();
        int end = s.start() + m.end();
        int d = end <= t.start() ? t.start() - end : Math.max(0, start - t.end());
        if (d <= NEAR && d < bestDistance || d == bestDistance && cue.getKey().ordinal() < best.ordinal()) {
          best = cue.getKey();
          bestDistance = d;
        }
      }
    }
    return best;
  }
}
