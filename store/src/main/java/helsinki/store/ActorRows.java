package helsinki.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import helsinki.core.EntityType;
import helsinki.core.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** How actor rows become records: an actor's aliases, roles and documents are read from its linked entities. */
final class ActorRows {

  static final String ENTITY_COLUMNS = "document_id, entity_id, actor_id, type, name, aliases, roles, country, seen";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private ActorRows() {}

  static ActorEntity entity(ResultSet rs) throws SQLException {
    String seen = rs.getString(9);
    return new ActorEntity(rs.getString(1), rs.getString(2), rs.getString(3), EntityType.valueOf(rs.getString(4)),
        rs.getString(5), strings(rs.getString(6)), strings(rs.getString(7)), rs.getString(8),
        seen == null ? null : LocalDate.parse(seen));
  }

  /** The actor named {@code name}, with the aliases, roles and documents its entities and pins give. */
  static StoredActor actor(String id, EntityType type, String name, @Nullable String country, List<ActorEntity> entities,
      List<String> pinnedAliases) {
    TreeMap<String, String> aliases = new TreeMap<>();
    for (ActorEntity e : entities) {
      aliases.putIfAbsent(fold(e.name()), e.name());
      e.aliases().forEach(a -> aliases.putIfAbsent(fold(a), a));
    }
    pinnedAliases.forEach(a -> aliases.putIfAbsent(fold(a), a));
    aliases.remove(fold(name));
    TreeSet<String> documents = new TreeSet<>();
    entities.forEach(e -> documents.add(e.documentId()));
    return new StoredActor(id, type, name, new ArrayList<>(new TreeSet<>(aliases.values())), roles(entities), country,
        new ArrayList<>(documents));
  }

  /** Each role once (spelled as first seen), with the earliest and latest dates it was seen, earliest first. */
  static List<ActorRole> roles(List<ActorEntity> entities) {
    Map<String, ActorRole> roles = new LinkedHashMap<>();
    for (ActorEntity e : entities) {
      for (String r : e.roles()) {
        roles.merge(fold(r), new ActorRole(r, e.seen(), e.seen()),
            (a, b) -> new ActorRole(a.role(), min(a.first(), b.first()), max(a.last(), b.last())));
      }
    }
    List<ActorRole> sorted = new ArrayList<>(roles.values());
    sorted.sort(Comparator.comparing(ActorRole::first, Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  private static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static @Nullable LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static List<String> strings(String json) {
    try {
      return Json.mapper().readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored list of an actor is not valid JSON", e);
    }
  }
}
