package helsinki.library;

import helsinki.core.InputException;
import helsinki.extract.link.ActorMatcher;
import helsinki.store.ActorDecision;
import helsinki.store.ActorEntity;
import helsinki.store.ActorTable;
import helsinki.store.StoredActor;
import helsinki.store.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People's decisions about canonical actors: a merge pins the merged actor's forms to the one kept, a
 * split blocks an alias from its actor and pins it to a new one, so that re-analysis keeps both.
 * Each check runs before anything is written, and the caller's transaction makes the rest all or nothing.
 */
final class ActorDecisions {

  private final ActorLinker linker;

  ActorDecisions(ActorLinker linker) {
    this.linker = linker;
  }

  /** Merges actor {@code b} into actor {@code a}; returns the merged actor. */
  StoredActor merge(Transaction tx, String a, String b, String who, Instant now) throws InputException {
    ActorTable table = tx.actors();
    StoredActor kept = existing(table, a);
    StoredActor gone = existing(table, b);
    if (kept.id().equals(gone.id())) {
      throw new InputException(b, "is already the same actor as " + a + " (" + kept.id() + ")");
    }
    long decision = table.decide(ActorDecision.Kind.MERGE, kept.id(), gone.id(), kept.id(), who, now);
    List<String> forms = new ArrayList<>(gone.aliases());
    forms.add(0, gone.name());
    for (String form : forms) {
      table.pin(kept.id(), ActorTable.Pin.ALIAS, form, decision);
      ActorMatcher.nameKeys(form).forEach(k -> table.unpin(kept.id(), ActorTable.Pin.BLOCK, k));
    }
    table.addKeys(kept.id(), "", linker.matcher().keys(gone.type(), gone.name(), gone.aliases(), gone.country()));
    table.merge(gone.id(), kept.id(), now);
    linker.refresh(table, kept.id(), now);
    return table.actor(kept.id()).orElseThrow();
  }

  /** Splits the entities written {@code alias} off actor {@code a} into a new actor; returns the new actor. */
  StoredActor split(Transaction tx, String a, String alias, String who, Instant now) throws InputException {
    ActorTable table = tx.actors();
    StoredActor from = existing(table, a);
    String wanted = alias.strip();
    boolean known = from.name().equalsIgnoreCase(wanted) || from.aliases().stream().anyMatch(wanted::equalsIgnoreCase);
    if (!known) {
      throw new InputException(a, "has no alias \"" + wanted + "\" (its aliases: " + String.join("; ", from.aliases()) + ")");
    }
    List<ActorEntity> all = table.entitiesOf(from.id());
    List<ActorEntity> moving = named(all, wanted);
    if (moving.isEmpty()) {
      throw new InputException(a, "no document names it \"" + wanted + "\" by itself, so there is nothing to split off");
    }
    if (moving.size() == all.size()) {
      throw new InputException(a, "every mention of it is \"" + wanted + "\"; splitting would leave nothing behind");
    }
    ActorEntity first = moving.get(0);
    String created = table.create(from.type(), wanted, first.country(), now);
    long decision = table.decide(ActorDecision.Kind.SPLIT, from.id(), wanted, created, who, now);
    moving.forEach(e -> table.move(e.documentId(), e.entityId(), created));
    table.pin(created, ActorTable.Pin.ALIAS, wanted, decision);
    table.unpin(from.id(), ActorTable.Pin.ALIAS, wanted);
    table.addKeys(created, "", linker.matcher().keys(from.type(), wanted, List.of(), first.country()));
    for (String key : ActorMatcher.nameKeys(wanted)) {
      table.pin(from.id(), ActorTable.Pin.BLOCK, key, decision);
    }
    linker.refresh(table, from.id(), now);
    linker.refresh(table, created, now);
    return table.actor(created).orElseThrow();
  }

  /** The entities whose own name is the alias (with or without a title), else those that list it among their forms. */
  private static List<ActorEntity> named(List<ActorEntity> entities, String alias) {
    Set<String> keys = ActorMatcher.nameKeys(alias);
    List<ActorEntity> byName = entities.stream()
        .filter(e -> ActorMatcher.nameKeys(e.name()).stream().anyMatch(keys::contains)).toList();
    if (!byName.isEmpty()) {
      return byName;
    }
    String folded = alias.toLowerCase(Locale.ROOT);
    return entities.stream().filter(e -> e.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(folded))).toList();
  }

  static StoredActor existing(ActorTable table, String id) throws InputException {
    return table.actor(id.strip()).orElseThrow(() -> new InputException(id, "no such actor in the library"));
  }
}
