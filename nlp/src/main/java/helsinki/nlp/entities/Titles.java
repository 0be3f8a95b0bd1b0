package helsinki.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Roles written around a name: an office before it, a description before it, an apposition after it. */
final class Titles {

  /** An office written before a name: its words, its country when a nationality precedes, its first token. */
  record Office(String role, @Nullable String country, int from) {}

  private static final Set<String> JOINERS = Set.of("of", "the", "and", "for");
  private static final Set<String> ROLE_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "HYPH", "VBN");
  private static final Set<String> ENDS = Set.of(",", ".", "who", "which", "whose", ";", ":", "-RRB-", ")", "--");

  private Titles() {}

  /** The office directly before token {@code name}, or null when none is written there. */
  static @Nullable Office office(Doc doc, int name) {
    int i = name - 1;
    while (i >= 0 && !doc.breakAfter(i) && (Rules.TITLE_WORDS.contains(doc.lower(i)) || Rules.COURTESY.contains(doc.lower(i)))
        && (doc.capitalised(i) || JOINERS.contains(doc.lower(i)))) {
      i--;
    }
    int from = i + 1;
    while (from < name && (JOINERS.contains(doc.lower(from)) || Rules.COURTESY.contains(doc.lower(from)))) {
      from++;
    }
    List<String> words = new ArrayList<>();
    boolean head = false;
    for (int k = from; k < name; k++) {
      if (!Rules.COURTESY.contains(doc.lower(k))) {
        words.add(doc.word(k));
        head |= Rules.OFFICE_HEADS.contains(doc.lower(k));
      }
    }
    if (!head) {
      return null;
    }
    String role = String.join(" ", words);
    @Nullable String country = i >= 0 && !doc.breakAfter(i) ? doc.countryAt(i) : null;
    if (country == null) {
      country = Rules.KNOWN_OFFICES.get(Rules.lower(role));
    }
    return new Office(role, country, from);
  }

  /** Adds to {@code d} the roles, countries and titled forms written around the name at tokens from..to. */
  static void describe(Doc doc, int from, int to, Draft d) {
    Office office = office(doc, from);
    if (office != null) {
      d.roles.merge(office.role(), 1, Integer::sum);
      Draft.vote(d.stated, office.country());
      int start = office.from();
      if (start > 0 && doc.countryAt(start - 1) != null && !doc.breakAfter(start - 1)) {
        start--;
      }
      d.alias(doc.cover(start, to));
    } else {
      descriptor(doc, from, d);
    }
    apposition(doc, to, d);
    asOffice(doc, to, d);
  }

  /** "Rex Tillerson's first visit to Russia as secretary of state": an office named after "as" in the sentence. */
  private static void asOffice(Doc doc, int name, Draft d) {
    int sentence = doc.sentenceOf.get(name);
    for (int i = name + 1; i < doc.tokens.size() && i <= name + 10 && doc.sentenceOf.get(i) == sentence; i++) {
      if (!doc.lower(i).equals("as")) {
        continue;
      }
      int from = i + 1 < doc.tokens.size() && doc.lower(i + 1).equals("the") ? i + 2 : i + 1;
      int to = from;
      boolean head = false;
      while (to < doc.tokens.size() && Rules.TITLE_WORDS.contains(doc.lower(to)) && doc.sentenceOf.get(to) == sentence) {
        head |= Rules.OFFICE_HEADS.contains(doc.lower(to));
        to++;
      }
      while (to - 1 > from && JOINERS.contains(doc.lower(to - 1))) {
        to--;
      }
      if (head) {
        String role = doc.cover(from, to - 1);
        d.roles.merge(role, 1, Integer::sum);
        Draft.vote(d.stated, Rules.KNOWN_OFFICES.get(Rules.lower(role)));
      }
      return;
    }
  }

  /** "anti-corruption campaigner Alexei Navalny", "Russian opposition leader X". */
  private static void descriptor(Doc doc, int name, Draft d) {
    int i = name - 1;
    while (i >= 0 && name - i <= 4 && !doc.breakAfter(i) && (!doc.capitalised(i) || opensSentence(doc, i))
        && ROLE_TAGS.contains(doc.tag(i)) && doc.countryAt(i) == null) {
      i--;
    }
    if (i == name - 1 || !doc.tag(name - 1).startsWith("NN")) {
      return;
    }
    d.roles.merge(doc.cover(i + 1, name - 1), 1, Integer::sum);
    if (i >= 0 && !doc.breakAfter(i)) {
      Draft.vote(d.stated, doc.countryAt(i));
    }
  }

  private static boolean opensSentence(Doc doc, int i) {
    return i == 0 || !doc.sentenceOf.get(i - 1).equals(doc.sentenceOf.get(i));
  }

  /** "X, an opposition figure who…", "X, President and CEO" at a signature. */
  private static void apposition(Doc doc, int name, Draft d) {
    int i = name + 1;
    if (i >= doc.tokens.size() || !doc.word(i).equals(",") || doc.breakAfter(name)) {
      return;
    }
    i++;
    if (i < doc.tokens.size() && Set.of("a", "an", "the").contains(doc.lower(i))) {
      i++;
    }
    int start = i;
    while (i < doc.tokens.size() && i - start < 6 && roleWord(doc, i)) {
      if (doc.breakAfter(i)) {
        i++;
        break;
      }
      i++;
    }
    int end = i - 1;
    boolean closed = i >= doc.tokens.size() || doc.breakAfter(end) || ENDS.contains(doc.lower(i));
    if (end >= start && closed && doc.tag(end).startsWith("NN") && !doc.tag(start).equals("CC")) {
      if (doc.countryAt(start) != null) {
        Draft.vote(d.stated, doc.countryAt(start));
        start++;
      }
      if (end >= start) {
        d.roles.merge(doc.cover(start, end), 1, Integer::sum);
      }
    }
  }

  private static boolean roleWord(Doc doc, int i) {
    String lower = doc.lower(i);
    if (doc.countryAt(i) != null) {
      return true;
    }
    if (doc.capitalised(i)) {
      return Rules.TITLE_WORDS.contains(lower) || doc.word(i).length() > 1 && doc.word(i).equals(doc.word(i).toUpperCase(Locale.ROOT));
    }
    return ROLE_TAGS.contains(doc.tag(i)) || lower.equals("and") || lower.equals("of");
  }
}
