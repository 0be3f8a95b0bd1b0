package helsinki.extract.link;

import helsinki.core.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * The named rules that say an entity is a canonical actor, each giving a base score (0 when it does
 * not apply). The matcher applies the vetoes first (types, countries, a person's split) and keeps the
 * highest score.
 */
public enum ActorRule {

  /**
   * A person's decision: the entity's own name (not merely one of its aliases, which a split may have
   * taken elsewhere) is a form a person pinned to the actor. It outranks every rule and veto.
   */
  DECIDED {
    @Override
    double score(Forms e, Forms c) {
      return intersects(e.own(), c.pinned()) ? 2.0 : 0;
    }
  },

  /** The same name, folded ("Rex Tillerson" ↔ "Rex Tillerson", "U.S. State Department" ↔ "State Department"). */
  SAME_NAME {
    @Override
    double score(Forms e, Forms c) {
      if (e.type() == EntityType.PERSON) {
        return intersects(e.fullKeys(), c.fullKeys()) ? 1.0 : 0;
      }
      return intersects(e.keys(), c.keys()) ? 1.0 : 0;
    }
  },

  /** A person's full name with the same surname and a compatible given name ("Sergei Lavrov" ↔ "Sergey Lavrov", "R. Tillerson"). */
  FULL_NAME {
    @Override
    double score(Forms e, Forms c) {
      if (e.type() != EntityType.PERSON || e.surnameOnly() || c.surnameOnly() || !e.surname().equals(c.surname())) {
        return 0;
      }
      return ActorNames.givenCompatible(e.fullest().get(0), c.fullest().get(0)) ? 0.9 : 0;
    }
  },

  /**
   * A person written by surname only, with or without a title ("Secretary Tillerson" ↔ "Rex
   * Tillerson", "KaraMurza" ↔ "Vladimir Kara-Murza"); the matcher takes it only when one candidate fits.
   */
  SURNAME {
    @Override
    double score(Forms e, Forms c) {
      if (e.type() != EntityType.PERSON || !(e.surnameOnly() || c.surnameOnly()) || e.surname().isEmpty()
          || !e.surname().equals(c.surname())) {
        return 0;
      }
      return conflict(e, c) ? 0 : 0.8;
    }
  },

  /** A state as a whole, one actor per country ("the Russian government", "the Kremlin", "Russian officials"). */
  NATIONAL_GOVERNMENT {
    @Override
    double score(Forms e, Forms c) {
      return e.type() == EntityType.GOVERNMENT && c.type() == EntityType.GOVERNMENT && e.national() && c.national()
          && e.country() != null && e.country().equals(c.country()) ? 0.95 : 0;
    }
  },

  /**
   * An organisation by its acronym, only where some text defined it: "HRF" ↔ "Human Rights First"
   * when the actor was once written "HRF" and its name's initials spell it.
   */
  ACRONYM {
    @Override
    double score(Forms e, Forms c) {
      if (e.type() == EntityType.PERSON || !intersects(e.acronyms(), c.acronyms())) {
        return 0;
      }
      boolean spelled = e.acronyms().stream().anyMatch(a -> c.acronyms().contains(a)
          && (e.initials().contains(a) || c.initials().contains(a)));
      return spelled ? 0.95 : e.initials().isEmpty() && c.initials().isEmpty() ? 0.8 : 0;
    }
  };

  /** The base score of entity {@code e} against candidate {@code c}, 0 when the rule does not apply. */
  abstract double score(Forms e, Forms c);

  /** Every rule, in the order they are tried. */
  public static List<ActorRule> all() {
    return List.of(values());
  }

  static boolean intersects(java.util.Set<String> a, java.util.Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  /** Both sides name a country and the countries differ. */
  static boolean conflict(Forms e, Forms c) {
    return e.country() != null && c.country() != null && !Objects.equals(e.country(), c.country());
  }
}
