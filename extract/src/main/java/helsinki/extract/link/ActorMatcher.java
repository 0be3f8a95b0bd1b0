package helsinki.extract.link;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Picks the canonical actor a document's entity is, among candidates the library fetched by
 * {@link #keys}: vetoes first (types, countries, a person's split, two different given names), then the
 * best {@link ActorRule}, then agreement of roles and country to break ties. A person named by surname
 * alone joins an actor only when one candidate fits.
 */
public final class ActorMatcher {

  /** Below this score an entity starts a new actor. */
  public static final double THRESHOLD = 0.75;
  /** Two candidates this close are a tie, and a tie between persons is no match. */
  private static final double CLOSE = 0.04;
  private static final double ROLE_BONUS = 0.05;
  private static final double COUNTRY_BONUS = 0.03;
  private static final double COUNTRY_PENALTY = 0.05;

  private final CountryNames countries;

  /** A matcher that reads country names with {@code countries}. */
  public ActorMatcher(CountryNames countries) {
    this.countries = countries;
  }

  /** Whether entities of this type become canonical actors (places do not: the gazetteer resolves them). */
  public static boolean linkable(EntityType type) {
    return type != EntityType.PLACE;
  }

  /** The best candidate for {@code entity}, if one scores at least {@link #THRESHOLD} and is not tied. */
  public Optional<ActorMatch> best(Entity entity, List<ActorCandidate> candidates) {
    if (!linkable(entity.type())) {
      return Optional.empty();
    }
    Forms e = forms(entity);
    Set<String> own = ownKeys(entity);
    List<ActorMatch> found = new ArrayList<>();
    for (ActorCandidate c : candidates) {
      if (c.blocked().stream().noneMatch(own::contains)) {
        score(e, c).ifPresent(found::add);
      }
    }
    found.sort(Comparator.comparingDouble(ActorMatch::score).reversed());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.size() > 1 && entity.type() == EntityType.PERSON
        && found.get(0).score() - found.get(1).score() < CLOSE && !found.get(0).actorId().equals(found.get(1).actorId())) {
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  /** The score of one candidate, empty when a veto or the threshold rules it out. */
  Optional<ActorMatch> score(Forms e, ActorCandidate candidate) {
    Forms c = Forms.of(candidate.type(), candidate.name(), candidate.aliases(), candidate.roles(), candidate.country(),
        candidate.pinned(), countries);
    // A person's decision outranks the vetoes too: it may have corrected the annotator's type or country.
    boolean decided = ActorRule.DECIDED.score(e, c) > 0;
    if (!decided && (!compatible(e.type(), c.type()) || e.type() != EntityType.PERSON && ActorRule.conflict(e, c))) {
      return Optional.empty();
    }
    // "Journalists" of one country are not the journalists of another, nor journalists in general.
    if (!decided && e.type() == EntityType.GROUP && !java.util.Objects.equals(e.country(), c.country())) {
      return Optional.empty();
    }
    ActorRule best = null;
    double score = 0;
    for (ActorRule rule : ActorRule.all()) {
      double s = rule.score(e, c);
      if (s > score) {
        best = rule;
        score = s;
      }
    }
    boolean named = best == ActorRule.SAME_NAME || best == ActorRule.DECIDED;
    if (best == null || e.type() == EntityType.PERSON && !named && differentGivenNames(e, c)) {
      return Optional.empty();
    }
    if (e.type() == EntityType.PERSON && ActorRule.conflict(e, c)) {
      score -= COUNTRY_PENALTY;
    }
    score += ActorRule.intersects(e.roles(), c.roles()) ? ROLE_BONUS : 0;
    score += e.country() != null && e.country().equals(c.country()) ? COUNTRY_BONUS : 0;
    return score >= THRESHOLD ? Optional.of(new ActorMatch(candidate.id(), best, score)) : Optional.empty();
  }

  /** "John Smith" and "Adam Smith": the same surname, given names that cannot be one person's. */
  private static boolean differentGivenNames(Forms e, Forms c) {
    return !e.surnameOnly() && !c.surnameOnly() && e.surname().equals(c.surname())
        && !ActorNames.givenCompatible(e.fullest().get(0), c.fullest().get(0));
  }

  private static boolean compatible(EntityType a, EntityType b) {
    if (a == b) {
      return true;
    }
    // An organ of state is often tagged an organisation in one text and a government in another.
    Set<EntityType> institutions = Set.of(EntityType.ORGANIZATION, EntityType.GOVERNMENT);
    return institutions.contains(a) && institutions.contains(b);
  }

  /**
   * The keys under which the library files an actor and looks up candidates for an entity: a
   * person's surnames (folded for transliteration), an institution's folded names, acronyms and
   * initials, and a state's country.
   */
  public List<String> keys(EntityType type, String name, List<String> aliases, @Nullable String country) {
    Forms f = Forms.of(type, name, aliases, List.of(), country, countries);
    Set<String> keys = new LinkedHashSet<>();
    if (type == EntityType.PERSON) {
      f.names().forEach(n -> keys.add("p:" + ActorNames.phonetic(n.get(n.size() - 1))));
    } else {
      f.keys().forEach(k -> keys.add("n:" + k));
      f.acronyms().forEach(k -> keys.add("a:" + k));
      f.initials().forEach(k -> keys.add("a:" + k));
      if (f.national()) {
        keys.add("g:" + country);
      }
    }
    keys.remove("p:");
    return List.copyOf(keys);
  }

  /** The keys of an entity (see {@link #keys(EntityType, String, List, String)}). */
  public List<String> keys(Entity e) {
    return keys(e.type(), e.name(), e.aliases(), e.country());
  }

  /**
   * The better of an actor's current name and the forms of an entity joining it: a person's fullest
   * name without titles, an institution's full name over an acronym, a state's "government" form.
   */
  public String betterName(EntityType type, @Nullable String current, Entity e) {
    List<String> forms = new ArrayList<>();
    if (current != null) {
      forms.add(current);
    }
    forms.add(e.name());
    forms.addAll(e.aliases());
    String best = forms.get(0);
    for (String form : forms) {
      String clean = type == EntityType.PERSON ? String.join(" ", ActorNames.untitled(form)) : form.strip();
      if (rank(type, clean) > rank(type, best)) {
        best = clean;
      }
    }
    return type == EntityType.PERSON ? String.join(" ", ActorNames.untitled(best)) : best;
  }

  private static int rank(EntityType type, String name) {
    int words = ActorNames.words(name).size();
    return switch (type) {
      case PERSON -> words;
      case GOVERNMENT -> (ActorNames.key(name).contains("government") ? 100 : 0) + (ActorNames.isAcronym(name) ? 0 : 10);
      default -> ActorNames.isAcronym(name) ? 0 : 10;
    };
  }

  /** The folded keys of an entity's own name, with and without a title, that a person's split may block. */
  public static Set<String> ownKeys(Entity entity) {
    return nameKeys(entity.name());
  }

  /** The folded keys of a name, with and without a title: what a split of that name blocks. */
  public static Set<String> nameKeys(String name) {
    return Forms.folded(List.of(name));
  }

  private Forms forms(Entity e) {
    return Forms.of(e.type(), e.name(), e.aliases(), e.roles(), e.country(), countries);
  }
}
