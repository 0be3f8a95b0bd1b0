package helsinki.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An actor or place named in a document, with every mention of it. */
public record Entity(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    List<String> roles,
    @Nullable String country,
    List<Span> mentions) {

  public Entity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
