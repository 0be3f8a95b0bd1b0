package helsinki.library;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores entities against a gold file's {@code entities} (GOLD.md): a prediction matches a gold
 * entity when its name or an alias equals the gold name or an alias, ignoring case, punctuation and
 * hyphens; where several match, the one of a gold type is taken.
 */
final class GoldEntities {

  private GoldEntities() {}

  static EntityScores score(JsonNode goldEntities, List<Entity> predicted) {
    EntityScores total = EntityScores.NONE;
    for (JsonNode g : goldEntities) {
      total = total.plus(scoreOne(g, predicted));
    }
    return total;
  }

  private static EntityScores scoreOne(JsonNode g, List<Entity> predicted) {
    List<String> goldKeys = new ArrayList<>(List.of(key(g.path("name").asText())));
    g.path("aliases").forEach(x -> goldKeys.add(key(x.asText())));
    List<String> types = new ArrayList<>();
    if (g.path("type").isArray()) {
      g.path("type").forEach(x -> types.add(x.asText()));
    } else {
      types.add(g.path("type").asText());
    }
    Optional<Entity> match = predicted.stream()
        .filter(e -> forms(e).stream().anyMatch(goldKeys::contains))
        .min(Comparator.comparing((Entity e) -> !types.contains(e.type().name())));
    if (match.isEmpty()) {
      return new EntityScores(1, 0, 0, 0, 0, 0, 0, List.of("not found: " + g.path("name").asText()));
    }
    Entity e = match.get();
    List<String> misses = new ArrayList<>();
    int countryGold = g.hasNonNull("country") ? 1 : 0;
    boolean countryRight = countryGold == 1 && g.get("country").asText().equals(e.country());
    if (countryGold == 1 && !countryRight) {
      misses.add(e.name() + " country " + e.country());
    }
    int roleGold = g.hasNonNull("role") ? 1 : 0;
    boolean roleRight =
        roleGold == 1 && !e.roles().isEmpty() && e.roles().get(0).equalsIgnoreCase(g.get("role").asText());
    if (roleGold == 1 && !roleRight) {
      misses.add(e.name() + " roles " + e.roles());
    }
    int typeRight = types.contains(e.type().name()) ? 1 : 0;
    return new EntityScores(1, 1, countryGold, countryRight ? 1 : 0, roleGold, roleRight ? 1 : 0, typeRight, misses);
  }

  private static List<String> forms(Entity e) {
    List<String> keys = new ArrayList<>(List.of(key(e.name())));
    e.aliases().forEach(a -> keys.add(key(a)));
    return keys;
  }

  /** Letters and digits only, lower-cased: "Kara-Murza" and "KaraMurza" are one key. */
  static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
