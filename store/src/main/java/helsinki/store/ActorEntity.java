package helsinki.store;

import helsinki.core.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One document's entity linked to a canonical actor, with the forms, roles and country that document gave it.
 *
 * @param seen the date the document speaks for, or null
 */
public record ActorEntity(String documentId, String entityId, String actorId, EntityType type, String name,
    List<String> aliases, List<String> roles, @Nullable String country, @Nullable LocalDate seen) {

  public ActorEntity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /** The same entity linked to another actor. */
  public ActorEntity withActor(String id) {
    return new ActorEntity(documentId, entityId, id, type, name, aliases, roles, country, seen);
  }
}
