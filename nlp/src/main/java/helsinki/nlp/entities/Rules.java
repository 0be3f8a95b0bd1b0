package helsinki.nlp.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Every word list that entity resolution decides by, in one place; all lower case. */
final class Rules {

  /** Words that make up an office before a name ("Foreign Minister", "Secretary of State"). */
  static final Set<String> TITLE_WORDS = Set.of(
      "president", "vice", "prime", "minister", "foreign", "secretary", "of", "state", "general", "ambassador",
      "senator", "chancellor", "king", "queen", "prince", "governor", "mayor", "chairman", "chairwoman", "chair",
      "director", "deputy", "spokesperson", "spokesman", "spokeswoman", "commissioner", "envoy", "special",
      "rapporteur", "high", "attorney", "justice", "judge", "defense", "defence", "interior", "affairs", "finance",
      "home", "premier", "representative", "congressman", "congresswoman", "speaker", "chief", "executive", "for",
      "the", "and", "under", "assistant", "acting", "senior", "sen.", "rep.", "gov.", "pres.", "emir", "sheikh", "ceo", "founder", "coordinator");
  /** The words that a run of title words must contain to be an office at all. */
  static final Set<String> OFFICE_HEADS = Set.of(
      "president", "minister", "secretary", "ambassador", "senator", "chancellor", "king", "queen", "prince",
      "governor", "mayor", "chairman", "chairwoman", "chair", "director", "spokesperson", "spokesman",
      "spokeswoman", "commissioner", "envoy", "rapporteur", "judge", "justice", "premier", "representative",
      "congressman", "congresswoman", "speaker", "sen.", "rep.", "gov.", "pres.", "emir", "sheikh", "ceo", "founder");
  /** Courtesy titles, which are not roles. */
  static final Set<String> COURTESY = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "prof.", "dear", "hon.");
  /** Offices whose name alone tells the country, and organs known by a building or a short name. */
  static final Map<String, String> KNOWN_OFFICES = Map.of(
      "secretary of state", "US", "state department", "US", "kremlin", "RU", "white house", "US",
      "pentagon", "US", "downing street", "GB", "congress", "US", "duma", "RU", "elysee", "FR");
  /** Head nouns of a named organ of state ("State Department", "Ministry of Justice"). */
  static final Set<String> ORGAN_HEADS = Set.of(
      "department", "ministry", "government", "parliament", "congress", "senate", "kremlin", "administration",
      "cabinet", "duma", "court", "police", "army", "embassy", "presidency", "house", "pentagon", "council");
  /** Heads of an organisation that is an organ of state when a nationality stands before it ("German Foreign Office"). */
  static final Set<String> NATIONAL_ORGAN_HEADS = Set.of(
      "office", "service", "agency", "committee", "commission", "prosecutor", "guard", "forces", "ministry");
  /** Nouns that, after a nationality adjective, mean that state ("Russian officials"). */
  static final Set<String> STATE_NOUNS = Set.of(
      "government", "authorities", "officials", "regime", "administration", "state", "military", "forces",
      "police", "leadership", "officials'", "diplomats", "prosecutors", "courts", "troops");
  /** Nouns that name a population or group of victims. */
  static final Set<String> GROUP_HEADS = Set.of(
      "protesters", "protestors", "demonstrators", "journalists", "activists", "defenders", "dissidents",
      "refugees", "migrants", "civilians", "prisoners", "detainees", "men", "women", "children", "lawyers",
      "students", "minorities", "critics", "bloggers", "tatars", "muslims", "christians", "workers",
      "opponents", "people", "figures", "campaigners", "believers", "witnesses", "monitors", "voters");
  /** Words that may stand before a group's head noun and belong to its name. */
  static final Set<String> GROUP_MODIFIERS = Set.of(
      "peaceful", "gay", "political", "independent", "ethnic", "religious", "human", "rights", "opposition",
      "lgbt", "lgbti", "lgbtq", "civil", "society", "young", "foreign", "local", "jehovah's", "indigenous",
      "anti-corruption", "pro-democracy", "environmental", "female", "male", "transgender");
  /** Words before a plural proper noun that make it a people ("Ethnic Poles"). */
  static final Set<String> ETHNIC = Set.of("ethnic", "indigenous", "native");
  /** Last words of a name that the recogniser calls an organisation but that is a text, not an actor. */
  static final Set<String> INSTRUMENTS = Set.of("law", "act", "bill", "code", "decree", "treaty", "convention", "resolution");
  /** A group head that is too vague without a modifier ("people", "men"). */
  static final Set<String> VAGUE_HEADS = Set.of("men", "women", "people", "figures", "children", "workers");
  /** Nouns for a site that a nationality adjective places in its country ("Syrian air base"). */
  static final Set<String> SITE_NOUNS = Set.of(
      "base", "city", "town", "village", "border", "region", "province", "territory", "coast", "capital", "prison",
      "port", "airport", "soil", "airspace", "waters", "countryside", "camp", "cities", "towns", "villages");
  /** Second-person words that, in a letter, stand for its addressee. */
  static final Set<String> YOU = Set.of("you", "your", "yours", "yourself");
  /** Generic heads that "the department" may use for a named organ. */
  static final Set<String> BARE_HEADS = Set.of("department", "ministry", "office", "agency", "commission", "committee",
      "council", "court", "parliament", "organization", "organisation");
  /** Pronouns and other lower-case words a recogniser may tag as names. */
  static final Set<String> NOT_NAMES = Set.of("he", "she", "his", "her", "him", "they", "it", "i", "we");

  private Rules() {}

  /** The word as the lists hold it. */
  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /**
   * A name's matching key: lower case, letters and digits only, so that "KaraMurza", "Kara-Murza"
   * and "kara murza" agree (GOLD.md).
   */
  static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
