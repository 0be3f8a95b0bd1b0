package helsinki.extract;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whom an ask's words name when no entity mention lies under them: an entity by name, alias or initials
 * ("The European Union" is the "EU" the text named), a bare state organ ("the government", "the
 * authorities": the government last named, else the country the text is most about), and the voice of a
 * press release (the lead's subject: "UN experts today urged ..." makes "the experts said" its own words).
 */
final class AskTargets {

  private static final Pattern ORGAN = Pattern.compile(
      "^(?:the\\s+)?(?:\\w+\\s+)?(?:government|authorities|state|regime|administration|officials)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEAD = Pattern.compile("^\\W*(?<subj>[^,;.\"“]{2,120}?)\\s+(?:today|on\\s+\\w+day|this\\s+week)\\s+\\w+"
      + "|,\\s*(?<said>[^,;.\"“]{2,120}?)\\s+said\\s+today\\b");
  private static final Pattern WITH = Pattern.compile("\\bwith\\s+([^,;.]+?)(?=\\s+and\\s|[,;.]|$)");

  private final Context context;

  AskTargets(Context context) {
    this.context = context;
  }

  /** The entity that {@code surface} names by its name, an alias or its initials, or the organ it names; else null. */
  @Nullable String byName(String surface, int position) {
    String bare = surface.trim().replaceFirst("^(?i:the)\\s+", "");
    String key = Context.key(bare);
    String initials = initials(bare);
    for (Entity e : context.entities) {
      if (forms(e).stream().anyMatch(f -> f.equals(key) || f.equals(initials) || Context.key(initials(f)).equals(key) && key.length() > 1)) {
        return e.id();
      }
    }
    return ORGAN.matcher(surface.trim()).matches() ? implied(position) : null;
  }

  private static List<String> forms(Entity e) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()).map(Context::key).toList();
  }

  /** "European Union" gives "eu"; a single word gives nothing. */
  private static String initials(String name) {
    String[] words = name.trim().split("[\\s–-]+");
    if (words.length < 2) {
      return "\u0000";
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(Character.toLowerCase(w.charAt(0)));
      } else if (!w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("and")) {
        return "\u0000";
      }
    }
    return b.toString();
  }

  /** The state organ the text means at {@code position}: the government it last named, else the place it names most. */
  @Nullable String implied(int position) {
    String last = null;
    int at = -1;
    for (Entity e : context.entities) {
      for (Span m : e.mentions()) {
        if (e.type() == EntityType.GOVERNMENT && m.end() <= position && m.start() > at) {
          at = m.start();
          last = e.id();
        }
      }
    }
    if (last != null) {
      return last;
    }
    return context.entities.stream().filter(e -> e.type() == EntityType.PLACE && !e.mentions().isEmpty())
        .max(Comparator.<Entity>comparingInt(e -> e.mentions().size()).thenComparing(e -> -e.mentions().get(0).start()))
        .map(Entity::id).orElse(null);
  }

  /** Whom the sentence's speaker talked "with" before {@code position} ("raised the case with Foreign Minister Fawzy and asked that ..."). */
  @Nullable String talkedWith(Span sentence, int position) {
    Matcher w = WITH.matcher(context.text).region(sentence.start(), position);
    String found = null;
    while (w.find()) {
      List<Entity> there = context.within(w.start(1), w.end(1)).stream().filter(e -> e.type() != EntityType.PLACE).toList();
      if (!there.isEmpty()) {
        found = context.entityAt(w.start(1), w.end(1));
      }
    }
    return found;
  }

  /** The lead's subject words, lower-cased ("un human rights experts"), or "" when the text has no such lead. */
  String leadVoice() {
    for (int i = 0; i < Math.min(6, context.sentences.size()); i++) {
      Span s = context.sentences.get(i);
      Matcher m = LEAD.matcher(context.text.substring(s.start(), s.end()));
      if (m.find()) {
        String g = m.group("subj") != null ? m.group("subj") : m.group("said");
        // The lead may follow a dateline ("GENEVA (5 June 2024) –"): keep the words after its last dash or bracket.
        return g.substring(Math.max(g.lastIndexOf('–'), g.lastIndexOf(')')) + 1).toLowerCase(Locale.ROOT).replace("*", "").trim();
      }
    }
    return "";
  }

  /** The entity under the lead's subject ("UN human rights experts" holds "UN"), else null. */
  @Nullable String leadEntity() {
    for (int i = 0; i < Math.min(6, context.sentences.size()); i++) {
      Span s = context.sentences.get(i);
      Matcher m = LEAD.matcher(context.text.substring(s.start(), s.end()));
      if (m.find()) {
        String g = m.group("subj") != null ? "subj" : "said";
        List<Entity> there = context.within(s.start() + m.start(g), s.start() + m.end(g)).stream()
            .filter(e -> e.type() != EntityType.PLACE).toList();
        return there.isEmpty() ? null : there.get(there.size() - 1).id();
      }
    }
    return null;
  }

  /** Whether {@code surface} ("the experts") names the release's own voice: the last word of the lead's subject. */
  boolean ownVoice(String surface) {
    String voice = leadVoice();
    String noun = voice.substring(voice.lastIndexOf(' ') + 1);
    return noun.length() > 3 && surface.toLowerCase(Locale.ROOT).matches("(?:the\\s+)?" + Pattern.quote(noun));
  }

  /** Whether "the experts said" speaks for the release: the speaker's noun is the last word of the lead's subject. */
  boolean ownSpeaker(String paragraph) {
    String voice = leadVoice();
    String noun = voice.substring(voice.lastIndexOf(' ') + 1);
    return noun.length() > 3 && Pattern.compile("\\bthe\\s+" + Pattern.quote(noun) + "\\s+said\\b|\\bsaid\\s+the\\s+" + Pattern.quote(noun)
        + "\\b", Pattern.CASE_INSENSITIVE).matcher(paragraph).find();
  }
}
