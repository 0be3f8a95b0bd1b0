package helsinki.library;

import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The actors a document names in its metadata: each addressee of a letter ("Secretary Tillerson")
 * and each author becomes an {@link Entity} with its name, the forms the text uses for it, its roles
 * and its mentions. A small first stage, until named-entity recognition finds the rest.
 */
final class LetterActors {

  /** The entities, addressees first, and the ids of the addressees among them. */
  record Found(List<Entity> entities, List<String> addresseeIds) {
    Found {
      entities = List.copyOf(entities);
      addresseeIds = List.copyOf(addresseeIds);
    }
  }

  private static final Set<String> COURTESY = Set.of(
      "mr", "ms", "mrs", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "madame", "the", "honorable",
      "honourable", "hon", "h.e", "he", "his", "her", "your", "excellency", "rev", "reverend");
  private static final Set<String> TITLE_WORDS = Set.of(
      "secretary", "minister", "foreign", "prime", "president", "vice", "ambassador", "senator", "representative",
      "congressman", "congresswoman", "chairman", "chairwoman", "chair", "governor", "mayor", "commissioner",
      "high", "special", "rapporteur", "judge", "justice", "director", "director-general", "secretary-general",
      "deputy", "under", "assistant", "administrator", "attorney", "general", "admiral", "king", "queen", "prince",
      "princess", "sheikh", "emir", "professor", "leader", "speaker", "chancellor", "premier", "envoy", "chief",
      "acting", "senior", "executive", "of", "state", "for", "and", "affairs", "defense", "defence", "interior",
      "home", "permanent", "ranking", "member", "majority", "minority", "co-chair", "co-chairs", "chairs", "mp");
  /** Capitalised words before a surname that are not given names: sentence openers and greetings. */
  private static final Set<String> NOT_GIVEN = Set.of(
      "dear", "the", "then", "when", "but", "and", "if", "as", "in", "on", "at", "for", "with", "while", "after",
      "before", "since", "so", "yet", "although", "though", "because", "meanwhile", "today", "yesterday", "now",
      "also", "former", "late", "u.s.", "us", "russian", "american", "british", "french", "chinese", "german");
  private static final Pattern GOVERNMENT = Pattern.compile(
      "(?i)\\b(government|ministry|department|congress|parliament|senate|house of|administration|kremlin|cabinet)\\b");
  private static final Pattern AS_ROLE = Pattern.compile("\\b[Aa]s ((?:the )?[A-Z][\\p{L}\\-]+(?: (?:of|for|the|on|[A-Z][\\p{L}\\-]+)){0,6}), you\\b");

  private LetterActors() {}

  static Found of(Document document) {
    List<Entity> entities = new ArrayList<>();
    List<String> addressees = new ArrayList<>();
    for (String addressee : document.addressees()) {
      Entity e = addressee(document.text(), addressee, document.addressees().size(), "E" + (entities.size() + 1));
      entities.add(e);
      addressees.add(e.id());
    }
    for (Author author : document.authors()) {
      entities.add(person(document.text(), "E" + (entities.size() + 1), author.name(), List.of(),
          author.role() == null ? List.of() : List.of(author.role())));
    }
    return new Found(entities, addressees);
  }

  private static Entity addressee(String text, String written, int count, String id) {
    int comma = written.indexOf(',');
    String head = (comma < 0 ? written : written.substring(0, comma)).strip();
    @Nullable String office = comma < 0 ? null : written.substring(comma + 1).strip();
    String[] words = head.split("\\s+");
    int nameStart = words.length;
    while (nameStart > 0 && !isTitleWord(words[nameStart - 1]) && Character.isUpperCase(words[nameStart - 1].charAt(0))) {
      nameStart--;
    }
    String title = String.join(" ", List.of(words).subList(0, nameStart)).strip();
    String name = String.join(" ", List.of(words).subList(nameStart, words.length)).strip();
    String role = roleOf(title);
    boolean titled = !title.isEmpty() && List.of(title.split("\\s+")).stream().allMatch(LetterActors::isTitleWord);
    if (GOVERNMENT.matcher(head).find() || !(titled || title.isEmpty() && name.contains(" "))) {
      EntityType type = GOVERNMENT.matcher(head).find() ? EntityType.GOVERNMENT : EntityType.ORGANIZATION;
      return entity(text, id, type, head, List.of(), List.of());
    }
    if (name.isEmpty()) {
      return entity(text, id, EntityType.PERSON, head, List.of(), role == null ? List.of() : List.of(role));
    }
    List<String> roles = new ArrayList<>();
    if (office != null) {
      roles.add(office);
    } else if (role != null) {
      roles.add(role);
    }
    String stated = statedRole(text, role, count);
    if (stated != null) {
      roles.removeIf(r -> stated.toLowerCase(Locale.ROOT).startsWith(r.toLowerCase(Locale.ROOT)));
      roles.add(0, stated);
    }
    List<String> aliases = new ArrayList<>();
    if (!title.isEmpty()) {
      aliases.add(title + " " + surname(name));
    }
    aliases.addAll(salutations(text, surname(name)));
    return person(text, id, name, aliases, roles);
  }

  private static Entity person(String text, String id, String written, List<String> aliases, List<String> roles) {
    String surname = surname(written);
    String full = fullName(text, written);
    Set<String> all = new LinkedHashSet<>(aliases);
    if (!full.equals(written)) {
      all.add(written);
    }
    if (!surname.equals(full)) {
      all.add(surname);
    }
    all.remove(full);
    return entity(text, id, EntityType.PERSON, full, List.copyOf(all), roles);
  }

  private static Entity entity(String text, String id, EntityType type, String name, List<String> aliases, List<String> roles) {
    List<String> forms = new ArrayList<>(aliases);
    forms.add(name);
    return new Entity(id, type, name, aliases, List.copyOf(new LinkedHashSet<>(roles)), null, mentions(text, forms));
  }

  /** A role that a courtesy title is not: "Foreign Minister" from "Foreign Minister Lavrov", none from "Ms.". */
  private static @Nullable String roleOf(String title) {
    List<String> kept = new ArrayList<>();
    for (String w : title.split("\\s+")) {
      if (!w.isBlank() && !COURTESY.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
        kept.add(w);
      }
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }

  /** "As Secretary of State, you…": the role the letter gives its addressee, if it fits the title. */
  private static @Nullable String statedRole(String text, @Nullable String titleRole, int addressees) {
    Matcher m = AS_ROLE.matcher(text);
    while (m.find()) {
      String role = m.group(1).replaceFirst("^the ", "");
      boolean fits = titleRole == null ? addressees == 1
          : role.toLowerCase(Locale.ROOT).startsWith(titleRole.toLowerCase(Locale.ROOT).split(" ")[0]);
      if (fits && (addressees == 1 || titleRole != null)) {
        return role;
      }
    }
    return null;
  }

  /** The greeting forms the text uses for someone: "Dear Secretary Tillerson:" gives "Secretary Tillerson". */
  private static List<String> salutations(String text, String surname) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("\\bDear ((?:[A-Z][\\p{L}.\\-]* ){1,4})" + Pattern.quote(surname) + "\\b").matcher(text);
    while (m.find()) {
      found.add(m.group(1).strip() + " " + surname);
    }
    return found;
  }

  /** The fullest form of the name that the text writes: "Rex Tillerson" for "Tillerson". */
  private static String fullName(String text, String name) {
    if (name.contains(" ")) {
      return name;
    }
    Matcher m = Pattern.compile("\\b((?:[A-Z][\\p{L}\\-]+ |[A-Z]\\. ){1,3})" + Pattern.quote(name) + "\\b").matcher(text);
    Set<String> forms = new LinkedHashSet<>();
    while (m.find()) {
      List<String> given = new ArrayList<>();
      for (String w : m.group(1).strip().split(" ")) {
        if (isTitleWord(w) || NOT_GIVEN.contains(w.toLowerCase(Locale.ROOT))) {
          given.clear();
        } else {
          given.add(w);
        }
      }
      if (!given.isEmpty()) {
        forms.add(String.join(" ", given) + " " + name);
      }
    }
    return forms.size() == 1 ? forms.iterator().next() : name;
  }

  private static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  private static boolean isTitleWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
    return TITLE_WORDS.contains(lower) || COURTESY.contains(lower);
  }

  /** Every place a form of the name stands in the text, longest forms first, never overlapping. */
  static List<Span> mentions(String text, List<String> forms) {
    List<String> ordered = forms.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    List<Span> spans = new ArrayList<>();
    for (String form : ordered) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
          spans.add(s);
        }
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return spans;
  }
}
