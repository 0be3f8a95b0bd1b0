package helsinki.extract;

import helsinki.core.Channel;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Who speaks in an ask and how: the document's own requester, whether a quoted ask is its own words, and the channel. */
final class AskVoice {

  /** Where a letter's signature starts: a closing line such as "Sincerely," or "Very respectfully,". */
  private static final Pattern VALEDICTION = Pattern.compile(
      "(?im)^\\s*(?:very\\s+|most\\s+)?(?:sincerely|respectfully|regards|best\\s+regards|kind\\s+regards|yours(?:\\s+\\w+)?)\\s*,?\\s*$");
  private static final Pattern PRIVATE = Pattern.compile(
      "\\bprivately\\b|\\bin\\s+private\\b|\\bbehind\\s+closed\\s+doors\\b"
          + "|\\b(?:in|during)\\s+(?:all\\s+(?:of\\s+)?)?your\\s+(?:private\\s+)?(?:discussions|talks|meetings|conversations)\\b");
  private static final Pattern PUBLIC = Pattern.compile(
      "\\bpublicly\\b|\\bin\\s+public\\b|\\bpublic\\s+(?:remarks|statements?|comments|appearances)\\b");

  private AskVoice() {}

  /**
   * Who asks when the document itself does: the publishing organisation it states, else an organisation
   * named in its signature, else its first signatory.
   */
  static @Nullable String requesterOf(Context context, Input input) {
    String stated = input.document().publisher();
    if (stated != null) {
      String key = Context.key(stated);
      for (Entity e : context.entities) {
        if (Context.key(e.name()).equals(key) || e.aliases().stream().anyMatch(a -> Context.key(a).equals(key))) {
          return e.id();
        }
      }
    }
    Matcher v = VALEDICTION.matcher(context.text);
    int signature = -1;
    while (v.find()) {
      signature = v.end();
    }
    for (Entity e : context.entities) {
      int from = signature;
      if (from >= 0 && e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.start() >= from)) {
        return e.id();
      }
    }
    return context.publisher;
  }

  /** A press release's speaker is its publisher or the publisher's staff: "..., the group said today", "said X, the group's director". */
  private static final Pattern OWN_SPEAKER = Pattern.compile(
      "\\b(?:the|our)\\s+(?:group|organi[sz]ation|coalition|network|alliance)(?:['’]s\\b|\\s+said\\b)|\\bsaid\\s+today\\b");

  /**
   * Whether a quoted "must" is the publisher's own: its paragraph (a quotation runs on past the sentence
   * that names its speaker) names the publisher or someone who speaks for it.
   */
  static boolean ownWords(Context context, AskTargets targets, @Nullable String requester, Span s) {
    Span p = context.paragraphAt(s.start());
    String paragraph = context.text.substring(p.start(), p.end());
    return OWN_SPEAKER.matcher(paragraph).find() || targets.ownSpeaker(paragraph)
        || requester != null && context.within(p.start(), p.end()).stream().anyMatch(e -> e.id().equals(requester));
  }

  /**
   * Public when the ask names public remarks ("publicly", "in any public remarks"), private when it names
   * the talks ("privately", "in your discussions with"), both when it names both.
   */
  static @Nullable Channel channel(String evidence) {
    String e = evidence.toLowerCase(Locale.ROOT);
    boolean pub = PUBLIC.matcher(e).find();
    boolean priv = PRIVATE.matcher(e).find();
    return pub && priv ? Channel.BOTH : pub ? Channel.PUBLIC : priv ? Channel.PRIVATE : null;
  }

}
