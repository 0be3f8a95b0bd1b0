package helsinki.extract.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How names are compared: folded keys (case, diacritics, hyphens and spaces do not count, so that a
 * PDF's "KaraMurza" is "Kara-Murza"), titles before a person's name, transliterated given names
 * ("Sergei"/"Sergey") and acronyms ("HRF" of "Human Rights First").
 */
public final class ActorNames {

  /** Words of an office or courtesy written before a name ("U.S. Secretary of State Rex Tillerson"). */
  static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "madam",
      "president", "vice", "prime", "minister", "secretary", "state", "foreign", "deputy", "ambassador", "senator", "sen",
      "rep", "representative", "congressman", "congresswoman", "general", "attorney", "chancellor", "king", "queen",
      "prince", "princess", "emir", "sheikh", "governor", "mayor", "judge", "justice", "chief", "director", "chairman",
      "chairwoman", "chair", "commissioner", "envoy", "rapporteur", "special", "speaker", "spokesman", "spokeswoman",
      "spokesperson", "defense", "defence", "interior", "affairs", "high", "secretarygeneral", "presidentelect", "pope",
      "patriarch", "colonel", "col", "major", "captain", "lieutenant", "gen", "of", "the", "us", "uk", "un", "eu");
  /** Words that make a government reference generic ("the Russian government", "Russian officials"). */
  static final Set<String> GOVERNMENT_WORDS = Set.of("the", "government", "governments", "authorities", "official",
      "officials", "administration", "regime", "state", "federal", "national", "central", "leadership", "s",
      "top", "senior", "of", "federation");
  /** Seats of government that stand for it ("the Kremlin said"); the entity's country says whose. */
  static final Set<String> SEATS = Set.of("kremlin", "whitehouse", "downingstreet", "elysee", "elyseepalace",
      "zhongnanhai", "bluehouse", "quaidorsay");
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "at");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private ActorNames() {}

  /** The folded key of a name: lower case, no diacritics, letters and digits only ("Kara-Murza" → "karamurza"). */
  public static String key(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder(plain.length());
    plain.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The words of a name as written, split at spaces, without a possessive "'s". */
  static List<String> words(String name) {
    String s = name.strip().replaceAll("['\u2019]s$", "");
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s+"));
  }

  /** A person's name without the office or courtesy written before it ("Foreign Minister Lavrov" → "Lavrov"). */
  static List<String> untitled(String name) {
    List<String> words = new ArrayList<>(words(name));
    int last = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (TITLE_WORDS.contains(key(words.get(i)))) {
        last = i;
      }
    }
    List<String> rest = new ArrayList<>(words.subList(last + 1, words.size()));
    while (rest.size() > 1 && SUFFIXES.contains(key(rest.get(rest.size() - 1)))) {
      rest.remove(rest.size() - 1);
    }
    return rest;
  }

  /** A given name folded for transliteration: "Sergei", "Sergey" and "Sergej" fold alike, as do "Alexei" and "Aleksey". */
  static String phonetic(String word) {
    String k = key(word).replace("x", "ks").replace("ph", "f").replace("kh", "h").replace("w", "v")
        .replace("y", "i").replace("j", "i").replace("ck", "k");
    return k.replaceAll("(.)\\1+", "$1");
  }

  /** Whether two given names may be the same person's: equal, an initial of the other, or one transliteration apart. */
  static boolean givenCompatible(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    if (ka.length() == 1 || kb.length() == 1) {
      return ka.charAt(0) == kb.charAt(0);
    }
    String pa = phonetic(a);
    String pb = phonetic(b);
    return pa.equals(pb) || Math.min(pa.length(), pb.length()) >= 5 && distance(pa, pb) <= 1;
  }

  /** Whether a form is written as an acronym ("HRF", "U.N."). */
  static boolean isAcronym(String form) {
    String s = form.replace(".", "").strip();
    return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && s.chars().anyMatch(Character::isLetter);
  }

  /** The initials of a many-word name, skipping small words ("Human Rights First" → "hrf"), or "" for one word. */
  static String initials(String name) {
    List<String> words = words(name).stream().filter(w -> !CONNECTORS.contains(key(w)) && !key(w).isEmpty()).toList();
    if (words.size() < 2) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    words.forEach(w -> b.append(key(w).charAt(0)));
    return b.toString();
  }

  /** Levenshtein distance, for names a letter apart. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
