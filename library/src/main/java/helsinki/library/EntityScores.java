package helsinki.library;

import java.util.List;

/**
 * Entities against gold entities (GOLD.md): how many gold entities were found, and among the found how
 * many have the gold country, role (the entity's first role) and type, where gold gives one.
 */
public record EntityScores(
    int gold, int found, int countryGold, int country, int roleGold, int role, int type, List<String> misses) {

  public EntityScores {
    misses = List.copyOf(misses);
  }

  static final EntityScores NONE = new EntityScores(0, 0, 0, 0, 0, 0, 0, List.of());

  /** Found over gold. */
  public double recall() {
    return ratio(found, gold);
  }

  /** Right countries over found entities whose gold gives a country. */
  public double countryAccuracy() {
    return ratio(country, countryGold);
  }

  /** Right roles over found entities whose gold gives a role. */
  public double roleAccuracy() {
    return ratio(role, roleGold);
  }

  /** Right types over found entities. */
  public double typeAccuracy() {
    return ratio(type, found);
  }

  EntityScores plus(EntityScores o) {
    List<String> all = new java.util.ArrayList<>(misses);
    all.addAll(o.misses);
    return new EntityScores(gold + o.gold, found + o.found, countryGold + o.countryGold, country + o.country,
        roleGold + o.roleGold, role + o.role, type + o.type, all);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
