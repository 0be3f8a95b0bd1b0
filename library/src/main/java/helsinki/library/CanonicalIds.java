package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.Entity;
import helsinki.core.Event;
import helsinki.core.Outcome;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An analysis as a library export writes it (FORMAT.md): entity ids that point across documents are
 * the library's canonical actor ids, the same in every document. Entities of one document that are one
 * actor ("the Russian government" and "the Kremlin") become one entity; places keep their own ids.
 */
final class CanonicalIds {

  private CanonicalIds() {}

  /** {@code a} with each entity id in {@code actors} (document entity id → actor id) replaced, references too. */
  static Analysis apply(Analysis a, Map<String, String> actors) {
    if (actors.isEmpty()) {
      return a;
    }
    Map<String, Entity> merged = new LinkedHashMap<>();
    for (Entity e : a.entities()) {
      String id = actors.getOrDefault(e.id(), e.id());
      Entity renamed = new Entity(id, e.type(), e.name(), e.aliases(), e.roles(), e.country(), e.mentions());
      merged.merge(id, renamed, CanonicalIds::join);
    }
    List<Event> events = a.events().stream().map(v -> new Event(v.id(), v.type(), ids(v.actors(), actors), v.victims(),
        v.place(), v.when(), v.counts(), v.certainty(), v.themes(), v.evidence())).toList();
    List<Engagement> engagements = a.engagements().stream().map(g -> new Engagement(g.id(), g.type(),
        id(g.actor(), actors), ids(g.counterparts(), actors), g.place(), g.when(), g.evidence())).toList();
    List<Ask> asks = a.asks().stream().map(k -> new Ask(k.id(), id(k.requester(), actors), id(k.target(), actors),
        k.action(), k.object(), ids(k.counterparts(), actors), k.channel(), k.occasion(), k.due(), k.strength(),
        k.themes(), k.evidence())).toList();
    List<Outcome> outcomes = a.outcomes().stream().map(o -> new Outcome(o.id(), id(o.subject(), actors), o.action(),
        o.object(), o.status(), o.occasion(), o.answers(), o.evidence())).toList();
    return new Analysis(a.format(), a.id(), a.source(), a.title(), a.subtitle(), a.publisher(), a.authors(),
        a.published(), a.language(), a.kind(), ids(a.addressees(), actors), a.text(), a.captions(), a.countries(),
        a.themes(), List.copyOf(merged.values()), events, engagements, asks, outcomes);
  }

  /** Two entities of one document that are one actor: the first's name, both forms, roles and mentions. */
  private static Entity join(Entity first, Entity other) {
    Set<String> aliases = new LinkedHashSet<>(first.aliases());
    aliases.add(other.name());
    aliases.addAll(other.aliases());
    aliases.remove(first.name());
    Set<String> roles = new LinkedHashSet<>(first.roles());
    roles.addAll(other.roles());
    Set<Span> mentions = new TreeSet<>(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    mentions.addAll(first.mentions());
    mentions.addAll(other.mentions());
    return new Entity(first.id(), first.type(), first.name(), List.copyOf(aliases), List.copyOf(roles),
        first.country() != null ? first.country() : other.country(), List.copyOf(mentions));
  }

  private static @Nullable String id(@Nullable String local, Map<String, String> actors) {
    return local == null ? null : actors.getOrDefault(local, local);
  }

  private static List<String> ids(List<String> locals, Map<String, String> actors) {
    Set<String> out = new LinkedHashSet<>();
    locals.forEach(l -> out.add(actors.getOrDefault(l, l)));
    return new ArrayList<>(out);
  }
}
