package helsinki.extract.link;

import helsinki.core.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One side of a comparison (a document's entity or a candidate actor), its names read once.
 *
 * @param type the entity type
 * @param names every form as a list of words (titles removed for persons)
 * @param keys the folded keys of the forms that are not acronyms
 * @param acronyms the folded acronyms among the forms
 * @param initials the folded initials of the many-word forms
 * @param roles the folded roles
 * @param country the ISO country code, or null
 * @param national whether a government form stands for the whole national government
 * @param own the folded keys of the name (not the aliases) as written and without titles
 * @param pinned the folded keys of the forms a person's decision pinned (candidates only)
 */
record Forms(EntityType type, List<List<String>> names, Set<String> keys, Set<String> acronyms, Set<String> initials,
    Set<String> roles, @Nullable String country, boolean national, Set<String> own, Set<String> pinned) {

  static Forms of(EntityType type, String name, List<String> aliases, List<String> roles, @Nullable String country,
      CountryNames countries) {
    return of(type, name, aliases, roles, country, List.of(), countries);
  }

  static Forms of(EntityType type, String name, List<String> aliases, List<String> roles, @Nullable String country,
      List<String> pinnedForms, CountryNames countries) {
    List<String> written = new ArrayList<>();
    written.add(name);
    written.addAll(aliases);
    List<List<String>> names = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> acronyms = new LinkedHashSet<>();
    Set<String> initials = new LinkedHashSet<>();
    boolean national = false;
    for (String form : written) {
      List<String> words = type == EntityType.PERSON ? ActorNames.untitled(form) : ActorNames.words(form);
      if (words.isEmpty()) {
        continue;
      }
      names.add(words);
      if (ActorNames.isAcronym(form)) {
        acronyms.add(ActorNames.key(form));
        continue;
      }
      keys.add(ActorNames.key(String.join(" ", words)));
      if (type != EntityType.PERSON) {
        keys.addAll(withoutCountry(words, country, countries));
        String i = ActorNames.initials(form);
        if (!i.isEmpty()) {
          initials.add(i);
        }
      }
      national |= type == EntityType.GOVERNMENT && country != null && national(words, country, countries);
    }
    Set<String> roleKeys = new LinkedHashSet<>();
    roles.forEach(r -> roleKeys.add(ActorNames.key(r)));
    keys.remove("");
    return new Forms(type, names, keys, acronyms, initials, roleKeys, country, national, folded(List.of(name)),
        folded(pinnedForms));
  }

  /** The folded keys of forms, as written and without a person's titles. */
  static Set<String> folded(List<String> forms) {
    Set<String> keys = new LinkedHashSet<>();
    for (String f : forms) {
      keys.add(ActorNames.key(f));
      keys.add(ActorNames.key(String.join(" ", ActorNames.untitled(f))));
    }
    keys.remove("");
    return keys;
  }

  /** "U.S. State Department" is also "State Department" when its country is the US. */
  private static Set<String> withoutCountry(List<String> words, @Nullable String country, CountryNames countries) {
    Set<String> keys = new LinkedHashSet<>();
    int from = words.size() > 1 && ActorNames.key(words.get(0)).equals("the") ? 1 : 0;
    if (from == 1) {
      keys.add(ActorNames.key(String.join(" ", words.subList(1, words.size()))));
    }
    for (int n = 1; country != null && n <= 3 && from + n < words.size(); n++) {
      if (countries.names(String.join(" ", words.subList(from, from + n)), country)) {
        keys.add(ActorNames.key(String.join(" ", words.subList(from + n, words.size()))));
      }
    }
    return keys;
  }

  /** "the Russian government", "Russian officials", "the Kremlin", "Russia": the state as a whole. */
  private static boolean national(List<String> words, String country, CountryNames countries) {
    List<String> rest = words.stream().filter(w -> !ActorNames.GOVERNMENT_WORDS.contains(ActorNames.key(w))).toList();
    String joined = String.join(" ", rest);
    return rest.isEmpty() || ActorNames.SEATS.contains(ActorNames.key(joined)) || countries.names(joined, country);
  }

  /** The form with the most words: a person's full name when one was written. */
  List<String> fullest() {
    List<String> best = List.of();
    for (List<String> n : names) {
      if (n.size() > best.size()) {
        best = n;
      }
    }
    return best;
  }

  /** Whether every form is one word: a person known only by a surname. */
  boolean surnameOnly() {
    return fullest().size() == 1;
  }

  /** The surname of the fullest form, folded for transliteration ("Navalny" and "Navalnyy" fold alike). */
  String surname() {
    List<String> f = fullest();
    return f.isEmpty() ? "" : ActorNames.phonetic(f.get(f.size() - 1));
  }

  /** The folded keys of the many-word forms (full names). */
  Set<String> fullKeys() {
    Set<String> full = new LinkedHashSet<>();
    names.stream().filter(n -> n.size() > 1).forEach(n -> full.add(ActorNames.key(String.join(" ", n))));
    return full;
  }
}
