package helsinki.store;

import helsinki.core.EntityType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A canonical actor of the library with what its documents say of it.
 *
 * @param id its id ("a-…")
 * @param type its type
 * @param name its canonical name
 * @param aliases the other forms it was written as (and those a person pinned to it), sorted
 * @param roles its roles, with the first and last dates they were seen, earliest first
 * @param country its ISO country code, or null
 * @param documents the ids of the documents that name it, sorted
 */
public record StoredActor(String id, EntityType type, String name, List<String> aliases, List<ActorRole> roles,
    @Nullable String country, List<String> documents) {

  public StoredActor {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    documents = List.copyOf(documents);
  }
}
