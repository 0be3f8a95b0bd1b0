package helsinki.library;

import helsinki.core.Entity;
import helsinki.store.Store;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Actor identity by the library's canonical actors: entities linked to actors are one actor exactly
 * when their actors are one (after people's merges and splits); an entity not linked to an actor (a
 * place, or an analysis older than actors) falls back to {@link NamedActors}. Items are filed under
 * both their actor and their names, so that a lookup by a name a person types still finds them.
 */
final class CanonicalActors implements ActorIdentity {

  private static final String PREFIX = "actor:";
  private static final int NAMED_LIMIT = 50;

  private final Store store;
  private final NamedActors names = new NamedActors();

  CanonicalActors(Store store) {
    this.store = store;
  }

  @Override
  public Set<String> keys(String document, Entity entity) {
    Set<String> keys = new LinkedHashSet<>(names.keys(document, entity));
    store.actorOf(document, entity.id()).ifPresent(id -> keys.add(PREFIX + id));
    return keys;
  }

  @Override
  public boolean same(String documentA, Entity a, String documentB, Entity b) {
    Optional<String> x = store.actorOf(documentA, a.id());
    Optional<String> y = store.actorOf(documentB, b.id());
    if (x.isPresent() && y.isPresent()) {
      return x.get().equals(y.get());
    }
    return names.same(documentA, a, documentB, b);
  }

  @Override
  public Set<String> queryKeys(String name) {
    Set<String> keys = new LinkedHashSet<>(names.queryKeys(name));
    store.actorsNamed(name, NAMED_LIMIT).forEach(id -> keys.add(PREFIX + id));
    return keys;
  }

  @Override
  public boolean named(String document, Entity entity, String name) {
    if (names.named(document, entity, name)) {
      return true;
    }
    Optional<String> actor = store.actorOf(document, entity.id());
    return actor.isPresent() && store.actorsNamed(name, NAMED_LIMIT).contains(actor.get());
  }
}
