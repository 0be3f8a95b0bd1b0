package helsinki.extract;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.DocumentKind;
import helsinki.core.Engagement;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds asks with {@link AskPattern#ALL}, then drops list headers and restatements (see {@link #keep}). */
final class Asks {

  private static final Pattern HEADER = Pattern.compile("^(?:the|these)\\s+following\\b");
  private static final Pattern ANAPHORIC = Pattern.compile("^(?:this|that|these|those)\\s+(?:message|point|concern|call|issue|position)s?\\b");
  private static final Pattern WITH = Pattern.compile("(?<!\\bjoin\\s)\\bwith\\s+[^,;:.]+");
  private static final Pattern TO = Pattern.compile("(?<![\\p{L}])to\\s");
  private static final Pattern OCCASION = Pattern.compile(
      "\\b(?:your|the)\\s+(?:upcoming\\s+)?(?:visit|trip|talks|discussions|meetings?)\\b|\\b[Ww]hile\\s+in\\b|\\bduring\\s+your\\b");
  private static final Pattern REPORTED_SPEECH = Pattern.compile("[“”\"]|\\b(?:said|says|told|tells|according\\s+to)\\b");
  private static final Pattern YOU_VERB = Pattern.compile("\\byou\\s+(\\w+)");
  /** A header followed by questions ("answer the following questions by 15 January:") asks for the answers itself. */
  private static final Pattern QUESTIONS = Pattern.compile("[^\\n]*\\n\\s*(?:\\(?[a-z0-9]{1,2}[.)]\\s*)?[^\\n]*\\?[ \\t]*(?:\\n|$)");
  private static final Pattern ACCESS = Pattern.compile("(?i)allowed|permitted|enabled");
  /** What a subjunctive "and that X do" needs before it: "recommends that", "asks that". */
  private static final Pattern SUBJUNCTIVE = Pattern.compile("\\b(?:recommend|request|ask|urge|propose|suggest|insist|demand)s?\\s+that\\b");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•▪◦*-]|\\d+[.)])\\s");

  private final Context context;
  private final Input input;
  private final List<Engagement> engagements;
  private final @Nullable String requester;
  private final AskTargets targets;

  Asks(Context context, Input input, List<Engagement> engagements) {
    this.context = context;
    this.targets = new AskTargets(context);
    this.input = input;
    this.engagements = engagements;
    this.requester = AskVoice.requesterOf(context, input);
  }

  /** One candidate before the list-level rules: the ask, its sentence, and whether it heads a list. */
  private record Found(Ask ask, Span sentence, boolean header) {}

  List<Ask> find() {
    List<Found> found = new ArrayList<>();
    for (Span s : context.sentences) {
      if (!title(s)) {
        found.addAll(inSentence(s));
      }
    }
    found.addAll(listed(found));
    found.sort((a, b) -> Integer.compare(a.ask.evidence().start(), b.ask.evidence().start()));
    return keep(found);
  }

  /**
   * Whether the sentence is the text's headline ("Kyrgyzstan: Jailed editors must be freed"): the first line,
   * without a full stop, that is the document's title; its ask is the one the body makes in full.
   */
  private boolean title(Span s) {
    String title = input.document().title();
    Span line = context.paragraphAt(s.start());
    String first = context.text.substring(line.start(), line.end()).strip();
    return line.start() == context.text.indexOf(first) && context.text.substring(0, line.start()).isBlank() && !first.endsWith(".")
        && title != null && Context.key(first).equals(Context.key(title));
  }

  private static final Pattern ADVERBS = Pattern.compile("^(?:(?:[A-Za-z]+ly|[Aa]lso|[Tt]hen)\\s+)+");

  /**
   * The asks of lists ({@link AskLists}): each item not already read by a sentence rule is an ask of the
   * list's target, its first verb (after adverbs such as "immediately") its action, coordinated verbs split.
   */
  private List<Found> listed(List<Found> found) {
    List<Found> asks = new ArrayList<>();
    for (AskLists.Listing l : AskLists.find(context.text)) {
      String target = l.addressee() ? context.addressee : l.target() == null ? null : context.entityAt(l.target().start(), l.target().end());
      Span header = context.sentenceAt(l.header().start());
      for (Span item : l.items()) {
        boolean read = found.stream().anyMatch(f -> f.ask.evidence().start() < item.end() && item.start() < f.ask.evidence().end());
        if (read || item.end() - item.start() < 3) {
          continue;
        }
        String words = context.text.substring(item.start(), item.end());
        Matcher adverbs = ADVERBS.matcher(words);
        int from = adverbs.lookingAt() ? adverbs.end() : 0;
        Verbs.Lead lead = Verbs.lead(words.substring(from));
        Span verb = new Span(item.start() + from + lead.start(), item.start() + from + lead.end());
        Asked asked = new Asked(null, requester, target, null, header);
        for (AskClauses.Clause c : AskClauses.split(context.text, verb, item.end())) {
          Span evidence = new Span(c.verb().equals(verb) ? item.start() : c.verb().start(), c.objectEnd());
          Found f = ask(asked, c, evidence, evidence);
          if (f != null) {
            asks.add(new Found(f.ask, context.sentenceAt(item.start()), false));
          }
        }
      }
    }
    return asks;
  }

  private List<Found> inSentence(Span s) {
    List<Found> found = new ArrayList<>();
    List<int[]> claimed = new ArrayList<>();
    String sentence = context.text.substring(s.start(), s.end());
    for (AskPattern p : AskPattern.ALL) {
      Matcher m = p.pattern().matcher(sentence);
      while (m.find()) {
        int start = m.start("verb");
        int from = m.start();
        // A match whose verb or whose start lies in one already read re-reads the same words ("We urge you to press X to ...").
        if (claimed.stream().anyMatch(c -> c[0] <= start && start < c[1] || c[0] <= from && from < c[1])) {
          continue;
        }
        List<Found> asks = asks(p, m, s);
        if (!asks.isEmpty()) {
          claimed.add(new int[] {m.start(), m.end()});
          found.addAll(asks);
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.ask.evidence().start(), b.ask.evidence().start()));
    return found;
  }

  /** The asks of one match: one per coordinated clause ("to repeal ..., to investigate ..., and to protect ..."). */
  private List<Found> asks(AskPattern p, Matcher m, Span s) {
    int o = s.start();
    Span v = verb(p, m, o);
    int objectEnd = clauseEnd(v.end(), s.end());
    String requester = switch (p.requester()) {
      case PUBLISHER -> this.requester;
      case NAMED -> named(m, "req", o);
      case SPEAKER -> speaker(m, o);
    };
    String target = switch (p.target()) {
      case ADDRESSEE -> context.addressee;
      case NAMED -> named(m, "tgt", o);
      case UNDER_REVIEW -> UnderReview.find(context.text, s.start()).map(this::entityNamed).orElse(null);
      case IMPLIED -> p == AskPattern.CALLED_FOR_TO_BE && targets.talkedWith(s, o + m.start()) != null
          ? targets.talkedWith(s, o + m.start()) : targets.implied(o + m.start());
    };
    // A UN recommendation is one ask however many verbs it has: the recommendation lists count them so.
    List<AskClauses.Clause> clauses = p.recommendation()
        ? List.of(new AskClauses.Clause(v, objectEnd)) : AskClauses.split(context.text, v, objectEnd);
    List<Found> found = new ArrayList<>();
    for (AskClauses.Clause c : clauses) {
      boolean first = c.verb().equals(v);
      Span evidence = new Span(first ? o + m.start() : c.verb().start(), c.objectEnd());
      Span with = clauses.size() == 1 ? s : evidence;
      Found f = ask(new Asked(p, requester, target, m, s), c, evidence, with);
      if (f != null) {
        found.add(f);
      }
    }
    return found;
  }

  /** What a match says about all its clauses: the rule, who asks, who is asked, the match and its sentence. */
  private record Asked(@Nullable AskPattern rule, @Nullable String requester, @Nullable String target, @Nullable Matcher match,
      Span sentence) {

    /** Whether the rule reads UN recommendations, which are one ask each. */
    boolean recommendation() {
      return rule != null && rule.recommendation();
    }
  }

  private @Nullable Found ask(Asked a, AskClauses.Clause c, Span evidence, Span with) {
    Span v = c.verb();
    String verb = context.text.substring(v.start(), v.end());
    int objectStart = v.end();
    int objectEnd = c.objectEnd();
    AskAction action = a.recommendation() && a.match() != null
        ? Verbs.lead(context.text.substring(v.start(), a.sentence().start() + a.match().end())).action()
        : Verbs.phrase(verb.split("\\s+")[0], context.text.substring(objectStart, objectEnd));
    if (ACCESS.matcher(verb).matches() && a.match() != null && a.match().pattern().pattern().contains("(?<inner>")
        && a.match().group("inner") != null) {
      // "be allowed to visit him" asks for the visit: its verb's action, else none of the listed ones.
      action = Verbs.action(a.match().group("inner")).orElse(AskAction.OTHER);
    }
    if (verb.equalsIgnoreCase("make") && context.text.startsWith(" clear", objectStart)) {
      objectStart += " clear".length();
    }
    String object = context.text.substring(objectStart, objectEnd).replaceAll("^[\\s—–-]*(?:both\\s+)?(?:publicly|privately)(?:\\s+and\\s+(?:publicly|privately))?[\\s—–-]*", "").trim();
    if (a.rule() != null && !admissible(a.rule(), action, a.requester(), a.sentence())) {
      return null;
    }
    boolean header = (HEADER.matcher(object.toLowerCase(Locale.ROOT)).find()
        || context.text.substring(objectEnd, Math.min(objectEnd + 1, context.text.length())).equals(":"))
        && !QUESTIONS.matcher(context.text).region(objectEnd, context.text.length()).lookingAt();
    List<String> counterparts = counterparts(a, v, with, objectEnd, verb);
    Ask ask = new Ask("", a.requester(), a.target(), action, object.isEmpty() ? null : object, counterparts,
        AskVoice.channel(context.text.substring(evidence.start(), objectEnd)), occasion(a.target(), a.sentence()), null, null, List.of(),
        Evidence.of(context.text, evidence.start(), evidence.end()));
    return new Found(ask, a.sentence(), header);
  }

  /**
   * The asked verb's span in the text. In "it is imperative that ... you VERB" the clause may hold several
   * "you"s ("in any remarks you make ..., you raise", "you insist ... when you see"): the last one with an
   * ask verb asks, else the last one.
   */
  private Span verb(AskPattern p, Matcher m, int o) {
    Span matched = new Span(o + m.start("verb"), o + m.end("verb"));
    if (p != AskPattern.IT_IS_IMPERATIVE_THAT_YOU && p != AskPattern.IT_IS_IMPORTANT_THAT_YOU) {
      return matched;
    }
    // The greedy rule ends at the clause's last "you VERB"; every candidate lies within its match.
    Matcher you = YOU_VERB.matcher(context.text).region(o + m.start(), o + m.end());
    Span known = matched;
    while (you.find()) {
      if (Verbs.action(you.group(1)).isPresent()) {
        known = new Span(you.start(1), you.end(1));
      }
    }
    return known;
  }

  /** Whether a match of {@code p} is an ask at all, given what it asks, who asks and its sentence. */
  private boolean admissible(AskPattern p, AskAction action, @Nullable String requester, Span s) {
    boolean mustOrShould = p == AskPattern.X_MUST || p == AskPattern.X_SHOULD || p == AskPattern.IT_IS_CRUCIAL_THAT_X
        || p == AskPattern.SHOULD_BE_DONE || p == AskPattern.WE_CALL_FOR;
    String sentence = context.text.substring(s.start(), s.end());
    if (p == AskPattern.AND_THAT && !SUBJUNCTIVE.matcher(sentence).find()
        || p == AskPattern.CALLED_FOR_TO_BE && action == AskAction.OTHER && !ACCESS.matcher(sentence).find()) {
      return false;
    }
    // A plain imperative or a "must"/"should" is an ask only when its verb is one asks use; a reported ask needs its requester.
    // "Please contact us" closes a page; "please raise" in a letter asks: only a verb that asks makes "please" an ask.
    if ((mustOrShould || p == AskPattern.UN_RECOMMENDATION || p == AskPattern.PLEASE) && action == AskAction.OTHER
        || p.requester() == AskPattern.Requester.NAMED && requester == null) {
      return false;
    }
    // "Russia must release him," the minister said: a quoted "must" is someone else's ask, not the publisher's.
    if (mustOrShould && p != AskPattern.WE_CALL_FOR && REPORTED_SPEECH.matcher(sentence).find() && !AskVoice.ownWords(context, targets, requester, s)) {
      return false;
    }
    // A recommendation is made by a state: "Continue reading (Reuters)." or a photo credit is none.
    return !p.recommendation() || isState(requester);
  }

  private boolean isState(@Nullable String id) {
    return context.entities.stream()
        .anyMatch(e -> e.id().equals(id) && (e.type() == EntityType.GOVERNMENT || e.type() == EntityType.PLACE));
  }

  /** The entity whose name or alias is {@code name}, ignoring case, punctuation and a leading "the". */
  private @Nullable String entityNamed(String name) {
    String key = Context.key(name.replaceFirst("^the\\s+", ""));
    return context.entities.stream()
        .filter(e -> Context.key(e.name()).equals(key) || e.aliases().stream().anyMatch(a -> Context.key(a).equals(key)))
        .map(Entity::id).findFirst().orElse(null);
  }

  private @Nullable String named(Matcher m, String group, int offset) {
    String surface = m.group(group).trim().toLowerCase(Locale.ROOT);
    if (surface.equals("we") || surface.equals("i") || surface.equals("members")) {
      return requester;
    }
    if (surface.equals("you")) {
      return context.addressee;
    }
    if (surface.equals("and")) {
      // "UN experts today expressed alarm ... and urged the government to": the sentence's subject asks.
      return coordinated(context.sentenceAt(offset + m.start(group)), offset + m.start(group));
    }
    // "Georgia's international partners" are not Georgia: a possessive names whose group, not the group.
    if (POSSESSIVE.matcher(surface).find()) {
      return null;
    }
    String at = context.entityAt(offset + m.start(group), offset + m.end(group));
    at = at != null ? at : targets.byName(m.group(group), offset + m.start(group));
    if (at == null && group.equals("req") && targets.ownVoice(surface)) {
      // "The experts also called for ..." in the experts' own release: its voice asks.
      String lead = targets.leadEntity();
      return lead != null ? lead : requester;
    }
    return at;
  }

  /** The subject of a sentence whose later verb is coordinated: an entity in its first words, else the lead's voice. */
  private @Nullable String coordinated(Span s, int before) {
    for (Entity e : context.within(s.start(), Math.min(before, s.start() + 60))) {
      if (e.type() != EntityType.PLACE) {
        return e.id();
      }
    }
    String lead = targets.leadEntity();
    return lead != null ? lead : requester;
  }

  /** A named speaker ("the Subcommittee recommends"), else the document's own requester. */
  private @Nullable String speaker(Matcher m, int offset) {
    String named = named(m, "req", offset);
    return named != null ? named : requester;
  }

  private static final Pattern POSSESSIVE = Pattern.compile("\\w['’]s\\s+\\w");
  /** Where a new main clause starts inside a sentence: ", and we ask ...", " but they ...". */
  private static final Pattern NEW_CLAUSE = Pattern.compile(",?\\s+(?:and|but|while|whereas)\\s+(?:we|I|they|he|she)\\s");

  private int clauseEnd(int from, int sentenceEnd) {
    int end = from;
    while (end < sentenceEnd && ";:".indexOf(context.text.charAt(end)) < 0) {
      end++;
    }
    Matcher clause = NEW_CLAUSE.matcher(context.text).region(from, end);
    if (clause.find()) {
      end = clause.start();
    }
    while (end > from && (Character.isWhitespace(context.text.charAt(end - 1)) || context.text.charAt(end - 1) == '.')) {
      end--;
    }
    return end;
  }

  /**
   * Whom the target should act with: entities after "with" in {@code with} (the sentence, or a coordinated
   * clause), or whom a nested ask has the target press.
   */
  private List<String> counterparts(Asked a, Span v, Span with, int objectEnd, String verb) {
    List<String> ids = new ArrayList<>();
    int o = a.sentence().start();
    Matcher m = a.match();
    if (m != null && m.pattern().pattern().contains("(?<cp>") && m.start("cp") >= 0) {
      add(ids, context.within(o + m.start("cp"), o + m.end("cp")));
    }
    if (Verbs.action(verb).orElse(AskAction.OTHER) == AskAction.RAISE && verb.toLowerCase(Locale.ROOT).matches("urge|press|call")) {
      Matcher to = TO.matcher(context.text).region(v.end(), objectEnd);
      if (to.find()) {
        add(ids, context.within(v.end(), to.start()));
      }
    }
    // "raise X with Y" names counterparts; "meet with Y" names the object, and "we join with Y" the co-signers.
    Matcher w = WITH.matcher(context.text.substring(with.start(), with.end()));
    while (w.find() && Verbs.action(verb).orElse(AskAction.OTHER) != AskAction.MEET) {
      add(ids, context.within(with.start() + w.start(), with.start() + w.end()).stream()
          .filter(e -> e.type() != EntityType.PLACE).toList());
    }
    ids.removeIf(id -> id.equals(a.requester()) || id.equals(a.target()));
    return ids;
  }

  private static void add(List<String> ids, List<Entity> entities) {
    entities.stream().map(Entity::id).filter(id -> !ids.contains(id)).forEach(ids::add);
  }

  /**
   * The engagement an ask is made for: the target's engagement that the sentence names ("your visit",
   * "while in"), or in a letter the addressee's one engagement, since such a letter is written for it.
   */
  private @Nullable String occasion(@Nullable String target, Span s) {
    if (target == null) {
      return null;
    }
    List<Engagement> own = engagements.stream().filter(e -> e.actor().equals(target)).toList();
    boolean named = OCCASION.matcher(context.text.substring(s.start(), s.end())).find();
    boolean letter = input.document().kind() == DocumentKind.LETTER && target.equals(context.addressee) && own.size() == 1;
    return !own.isEmpty() && (named || letter) ? own.get(0).id() : null;
  }

  /**
   * The list-level rules: a header ("raise the following issues with X:") is no ask itself but gives its
   * counterparts to the bulleted asks under it; an ask whose object only points back ("underscore this
   * message") restates an earlier one; an "In particular, …" ask after another in its paragraph refines it.
   */
  private List<Ask> keep(List<Found> found) {
    List<Ask> kept = new ArrayList<>();
    Found header = null;
    Span lastParagraph = null;
    for (Found f : found) {
      Span paragraph = context.paragraphAt(f.sentence.start());
      boolean bullet = BULLET.matcher(context.text.substring(paragraph.start(), paragraph.end())).find();
      if (f.header) {
        header = f;
        continue;
      }
      String object = f.ask.object() == null ? "" : f.ask.object().toLowerCase(Locale.ROOT);
      boolean refinement = context.text.startsWith("In particular", f.sentence.start()) && paragraph.equals(lastParagraph);
      if (ANAPHORIC.matcher(object).find() || refinement) {
        continue;
      }
      Ask a = f.ask;
      if (header != null && !bullet && !context.paragraphAt(header.sentence.start()).equals(paragraph)) {
        header = null;
      }
      if (header != null && a.counterparts().isEmpty() && Objects.equals(a.target(), header.ask.target())) {
        a = withCounterparts(a, header.ask.counterparts());
      }
      kept.add(new Ask("A" + (kept.size() + 1), a.requester(), a.target(), a.action(), a.object(), a.counterparts(),
          a.channel(), a.occasion(), a.due(), a.strength(), a.themes(), a.evidence()));
      lastParagraph = paragraph;
    }
    return kept;
  }

  private static Ask withCounterparts(Ask a, List<String> counterparts) {
    return new Ask(a.id(), a.requester(), a.target(), a.action(), a.object(), counterparts, a.channel(), a.occasion(),
        a.due(), a.strength(), a.themes(), a.evidence());
  }
}
