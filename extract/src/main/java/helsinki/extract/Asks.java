package helsinki.extract;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Channel;
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
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•▪◦*-]|\\d+[.)])\\s");

  private final Context context;
  private final Input input;
  private final List<Engagement> engagements;

  Asks(Context context, Input input, List<Engagement> engagements) {
    this.context = context;
    this.input = input;
    this.engagements = engagements;
  }

  /** One candidate before the list-level rules: the ask, its sentence, and whether it heads a list. */
  private record Found(Ask ask, Span sentence, boolean header) {}

  List<Ask> find() {
    List<Found> found = new ArrayList<>();
    for (Span s : context.sentences) {
      found.addAll(inSentence(s));
    }
    return keep(found);
  }

  private List<Found> inSentence(Span s) {
    List<Found> found = new ArrayList<>();
    List<int[]> claimed = new ArrayList<>();
    String sentence = context.text.substring(s.start(), s.end());
    for (AskPattern p : AskPattern.ALL) {
      Matcher m = p.pattern().matcher(sentence);
      while (m.find()) {
        int start = m.start("verb");
        if (claimed.stream().anyMatch(c -> c[0] <= start && start < c[1])) {
          continue;
        }
        Found f = ask(p, m, s);
        if (f != null) {
          claimed.add(new int[] {m.start(), m.end()});
          found.add(f);
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.ask.evidence().start(), b.ask.evidence().start()));
    return found;
  }

  private @Nullable Found ask(AskPattern p, Matcher m, Span s) {
    String verb = m.group("verb");
    AskAction action = Verbs.action(verb.split("\\s+")[0]).orElse(AskAction.OTHER);
    if (p == AskPattern.UN_RECOMMENDATION && action == AskAction.OTHER) {
      return null;
    }
    int o = s.start();
    int objectStart = o + m.end("verb");
    int objectEnd = clauseEnd(objectStart, s.end());
    if (verb.equalsIgnoreCase("make") && context.text.startsWith(" clear", objectStart)) {
      objectStart += " clear".length();
    }
    String object = context.text.substring(objectStart, objectEnd).replaceAll("^[\\s—–-]*(?:both\\s+)?(?:publicly|privately)(?:\\s+and\\s+(?:publicly|privately))?[\\s—–-]*", "").trim();
    String requester = p.requester() == AskPattern.Requester.PUBLISHER ? context.publisher : named(m, "req", o);
    String target = switch (p.target()) {
      case ADDRESSEE -> context.addressee;
      case NAMED -> named(m, "tgt", o);
      case UNSTATED -> null;
    };
    if (p.requester() == AskPattern.Requester.NAMED && requester == null && p != AskPattern.UN_RECOMMENDATION) {
      return null;
    }
    boolean header = HEADER.matcher(object.toLowerCase(Locale.ROOT)).find()
        || context.text.substring(objectEnd, Math.min(objectEnd + 1, context.text.length())).equals(":");
    List<String> counterparts = counterparts(m, o, s, objectEnd, requester, target, verb);
    Evidence evidence = Evidence.of(context.text, o + m.start(), objectEnd);
    Ask ask = new Ask("", requester, target, action, object.isEmpty() ? null : object, counterparts,
        channel(context.text.substring(o + m.start(), objectEnd)), occasion(target, s), null, null, List.of(), evidence);
    return new Found(ask, s, header);
  }

  private @Nullable String named(Matcher m, String group, int offset) {
    String surface = m.group(group).trim().toLowerCase(Locale.ROOT);
    if (surface.equals("we") || surface.equals("i")) {
      return context.publisher;
    }
    return context.entityAt(offset + m.start(group), offset + m.end(group));
  }

  private int clauseEnd(int from, int sentenceEnd) {
    int end = from;
    while (end < sentenceEnd && ";:".indexOf(context.text.charAt(end)) < 0) {
      end++;
    }
    while (end > from && (Character.isWhitespace(context.text.charAt(end - 1)) || context.text.charAt(end - 1) == '.')) {
      end--;
    }
    return end;
  }

  /** Whom the target should act with: entities after "with" in the sentence, or whom a nested ask has the target press. */
  private List<String> counterparts(Matcher m, int o, Span s, int objectEnd, @Nullable String requester, @Nullable String target, String verb) {
    List<String> ids = new ArrayList<>();
    if (m.pattern().pattern().contains("(?<cp>")) {
      add(ids, context.within(o + m.start("cp"), o + m.end("cp")));
    }
    if (Verbs.action(verb).orElse(AskAction.OTHER) == AskAction.RAISE && verb.toLowerCase(Locale.ROOT).matches("urge|press")) {
      Matcher to = TO.matcher(context.text).region(o + m.end("verb"), objectEnd);
      if (to.find()) {
        add(ids, context.within(o + m.end("verb"), to.start()));
      }
    }
    // "raise X with Y" names counterparts; "meet with Y" names the object, and "we join with Y" the co-signers.
    Matcher with = WITH.matcher(context.text.substring(s.start(), s.end()));
    while (with.find() && Verbs.action(verb).orElse(AskAction.OTHER) != AskAction.MEET) {
      add(ids, context.within(s.start() + with.start(), s.start() + with.end()).stream()
          .filter(e -> e.type() != EntityType.PLACE).toList());
    }
    ids.removeIf(id -> id.equals(requester) || id.equals(target));
    return ids;
  }

  private static void add(List<String> ids, List<Entity> entities) {
    entities.stream().map(Entity::id).filter(id -> !ids.contains(id)).forEach(ids::add);
  }

  private static @Nullable Channel channel(String evidence) {
    String e = evidence.toLowerCase(Locale.ROOT);
    boolean pub = e.contains("publicly");
    boolean priv = e.contains("privately");
    return pub && priv ? Channel.BOTH : pub ? Channel.PUBLIC : priv ? Channel.PRIVATE : null;
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
