package helsinki.library;

import helsinki.core.Entity;
import java.util.Set;

/**
 * Whether entities of different documents are one actor: the one place the link stage asks it. Today
 * answered from names, aliases and types ({@link NamedActors}); the library's canonical actors will
 * answer it when they land, with an actor's id as its only key.
 */
interface ActorIdentity {

  /** The keys under which items about {@code entity} of document {@code document} are filed for lookup. */
  Set<String> keys(String document, Entity entity);

  /** Whether {@code a} of document {@code documentA} and {@code b} of document {@code documentB} are one actor. */
  boolean same(String documentA, Entity a, String documentB, Entity b);

  /** The keys to look up for an actor that a person names ("Tillerson", "Rex Tillerson"). */
  Set<String> queryKeys(String name);

  /** Whether a person naming {@code name} means {@code entity} of document {@code document}. */
  boolean named(String document, Entity entity, String name);
}
