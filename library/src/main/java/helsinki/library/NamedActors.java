package helsinki.library;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Actor identity by names: two entities are one actor when their types are of one family and a name
 * or alias is the same (ignoring case, spaces and punctuation), or when both are persons with the same
 * surname and no conflicting first name ("Tillerson", "Secretary Tillerson", "Rex Tillerson").
 * Persons are filed under their surname, other actors under each of their names.
 */
final class NamedActors implements ActorIdentity {

  /** Words before a surname that are titles, not first names. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "secretary", "president", "minister", "foreign",
      "prime", "senator", "ambassador", "general", "deputy", "chancellor", "king", "queen", "sir", "lord", "judge",
      "special", "rapporteur", "envoy", "governor", "mayor", "commissioner", "representative", "us", "un", "of", "state",
      "the", "high");

  @Override
  public Set<String> keys(String document, Entity entity) {
    return entity.type() == EntityType.PERSON ? Set.of(surname(entity.name())) : forms(entity);
  }

  @Override
  public boolean same(String documentA, Entity a, String documentB, Entity b) {
    if (family(a.type()) != family(b.type())) {
      return false;
    }
    Set<String> shared = forms(a);
    shared.retainAll(forms(b));
    if (!shared.isEmpty()) {
      return true;
    }
    return a.type() == EntityType.PERSON && surname(a.name()).equals(surname(b.name()))
        && firstNamesAgree(a.name(), b.name());
  }

  @Override
  public Set<String> queryKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(name));
    keys.add(surname(name));
    keys.remove("");
    return keys;
  }

  @Override
  public boolean named(String document, Entity entity, String name) {
    String q = key(name);
    if (q.isEmpty()) {
      return false;
    }
    if (forms(entity).stream().anyMatch(f -> f.contains(q))) {
      return true;
    }
    return entity.type() == EntityType.PERSON && surname(entity.name()).equals(surname(name))
        && firstNamesAgree(entity.name(), name);
  }

  /** Persons; organisations, governments and the places that act as states; groups. */
  private static int family(EntityType type) {
    return switch (type) {
      case PERSON -> 0;
      case GROUP -> 2;
      default -> 1;
    };
  }

  private static Set<String> forms(Entity e) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(key(e.name()));
    e.aliases().forEach(a -> forms.add(key(a)));
    forms.remove("");
    return forms;
  }

  /** Lower-case letters and digits only: "Kara-Murza" and "KaraMurza" are one key. */
  static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static List<String> words(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}\\s-]", "").trim().split("\\s+"));
  }

  static String surname(String name) {
    List<String> w = words(name);
    String last = w.get(w.size() - 1);
    if ((last.equals("jr") || last.equals("sr")) && w.size() > 1) {
      last = w.get(w.size() - 2);
    }
    return key(last);
  }

  /** Both first names given and different ("Rex" and "Jane") is a conflict; an initial agrees with its name. */
  private static boolean firstNamesAgree(String a, String b) {
    String x = firstName(a);
    String y = firstName(b);
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    return x.equals(y) || (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0);
  }

  private static String firstName(String name) {
    List<String> w = words(name).stream().map(NamedActors::key).filter(s -> !TITLES.contains(s)).toList();
    return w.size() < 2 ? "" : w.get(0);
  }
}
