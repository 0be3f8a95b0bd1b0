package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.extract.link.ActorCandidate;
import helsinki.extract.link.ActorMatch;
import helsinki.extract.link.ActorMatcher;
import helsinki.extract.link.CountryNames;
import helsinki.store.ActorEntity;
import helsinki.store.ActorRole;
import helsinki.store.ActorTable;
import helsinki.store.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cross-document step for actors: links each actor entity of a saved analysis to a canonical actor
 * (the best candidate that {@link ActorMatcher} finds under the entity's keys, else a new actor), and
 * keeps each touched actor's name, type and country in step with the entities linked to it.
 */
final class ActorLinker {

  private final ActorMatcher matcher;

  ActorLinker(CountryNames countries) {
    this.matcher = new ActorMatcher(countries);
  }

  ActorMatcher matcher() {
    return matcher;
  }

  /**
   * Links the entities of {@code analysis} (already saved in {@code tx}), replacing the links of an
   * earlier analysis of the same document. Matching runs while the earlier links are still there, so
   * that the actors they named (with the forms this document gave them) stay candidates and ids
   * survive re-analysis; people's pins and blocks are honoured by the matcher.
   */
  void link(Transaction tx, Analysis analysis, Instant now) {
    ActorTable table = tx.actors();
    Map<String, String> before = new HashMap<>();
    for (ActorEntity old : table.entitiesIn(analysis.id())) {
      ActorMatcher.nameKeys(old.name()).forEach(k -> before.putIfAbsent(k, old.actorId()));
    }
    LocalDate seen = analysis.published() != null ? analysis.published() : LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<String, ActorCandidate> fresh = new LinkedHashMap<>();
    List<ActorEntity> links = new ArrayList<>();
    List<List<String>> keys = new ArrayList<>();
    for (Entity e : analysis.entities()) {
      if (!ActorMatcher.linkable(e.type())) {
        continue;
      }
      List<String> k = matcher.keys(e);
      Set<String> ids = new LinkedHashSet<>(table.withKeys(k));
      ActorMatcher.ownKeys(e).stream().map(before::get).filter(id -> id != null)
          .forEach(id -> table.resolve(id).ifPresent(ids::add));
      List<ActorCandidate> candidates = new ArrayList<>(fresh.values());
      ids.forEach(id -> candidate(table, id).ifPresent(candidates::add));
      Optional<ActorMatch> match = matcher.best(e, candidates);
      String actorId = match.map(ActorMatch::actorId).orElseGet(() -> {
        String id = table.create(e.type(), matcher.betterName(e.type(), null, e), e.country(), now);
        fresh.put(id, new ActorCandidate(id, e.type(), e.name(), e.aliases(), e.roles(), e.country(), List.of(), List.of()));
        return id;
      });
      links.add(new ActorEntity(analysis.id(), e.id(), actorId, e.type(), e.name(), e.aliases(), e.roles(), e.country(), seen));
      keys.add(k);
    }
    Set<String> touched = new LinkedHashSet<>(table.forgetDocument(analysis.id()));
    for (int i = 0; i < links.size(); i++) {
      table.link(links.get(i), keys.get(i));
      touched.add(links.get(i).actorId());
    }
    touched.forEach(id -> refresh(table, id, now));
  }

  /** An actor as the matcher sees it, with the forms people pinned to it and the names they split off it. */
  static Optional<ActorCandidate> candidate(ActorTable table, String id) {
    return table.actor(id).map(a -> new ActorCandidate(a.id(), a.type(), a.name(), a.aliases(),
        a.roles().stream().map(ActorRole::role).toList(), a.country(), table.pins(a.id(), ActorTable.Pin.ALIAS),
        table.pins(a.id(), ActorTable.Pin.BLOCK)));
  }

  /**
   * Recomputes an actor's name (the best of its entities' forms), type and country (the most frequent
   * among its entities); deletes it when nothing refers to it any more.
   */
  void refresh(ActorTable table, String id, Instant now) {
    Optional<ActorTable.Row> row = table.row(id);
    if (row.isEmpty() || row.get().mergedInto() != null) {
      return;
    }
    List<ActorEntity> entities = table.entitiesOf(id);
    if (entities.isEmpty()) {
      table.deleteIfUnused(id);
      return;
    }
    // The actor keeps its type while some entity has it (a person may have merged in a mistyped one).
    EntityType type = entities.stream().anyMatch(e -> e.type() == row.get().type()) ? row.get().type()
        : mostFrequent(entities.stream().map(ActorEntity::type).toList(), row.get().type());
    // The name changes only for a better form, and goes only when no entity is written so any more (a split).
    String current = row.get().name();
    boolean written = entities.stream().anyMatch(e -> e.name().equalsIgnoreCase(current)
        || e.aliases().stream().anyMatch(current::equalsIgnoreCase));
    String name = written ? current : null;
    for (ActorEntity e : entities) {
      name = matcher.betterName(type, name, new Entity(e.entityId(), type, e.name(), e.aliases(), e.roles(), e.country(),
          List.of()));
    }
    String country = mostFrequent(entities.stream().map(ActorEntity::country).filter(c -> c != null).toList(), null);
    table.update(id, type, name == null ? row.get().name() : name, country, now);
  }

  private static <T> @Nullable T mostFrequent(List<T> values, @Nullable T fallback) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    T best = fallback;
    int most = 0;
    for (Map.Entry<T, Integer> c : counts.entrySet()) {
      if (c.getValue() > most) {
        best = c.getKey();
        most = c.getValue();
      }
    }
    return best;
  }
}
