package helsinki.extract.link;

import helsinki.core.EntityType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A canonical actor as the rules see it.
 *
 * @param id the library's actor id
 * @param type its type
 * @param name its canonical name
 * @param aliases the other forms it was written as, and those a person pinned to it
 * @param roles the roles it was seen with
 * @param country its ISO country code, or null
 * @param pinned forms a person's decision gave it (a merge): an entity so named joins it before any rule
 * @param blocked name keys ({@link ActorNames#key}) that a person split off it: entities so named never join it
 */
public record ActorCandidate(String id, EntityType type, String name, List<String> aliases, List<String> roles,
    @Nullable String country, List<String> pinned, List<String> blocked) {

  public ActorCandidate {
    aliases = List.copyOf(aliases);
    pinned = List.copyOf(pinned);
    roles = List.copyOf(roles);
    blocked = List.copyOf(blocked);
  }
}
