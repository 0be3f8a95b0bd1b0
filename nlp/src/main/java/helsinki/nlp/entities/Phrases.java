package helsinki.nlp.entities;

import helsinki.core.EntityType;
import helsinki.core.Span;
import helsinki.nlp.places.Places;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Actors named by common nouns: "Russian officials", "Russia urged", "gay men in Chechnya", "the department". */
final class Phrases {

  private static final Set<String> AGENT_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");

  private Phrases() {}

  static void find(Doc doc, Actors actors) {
    for (int i = 0; i < doc.tokens.size(); i++) {
      state(doc, actors, i);
      agent(doc, actors, i);
      group(doc, actors, i);
      site(doc, actors, i);
    }
  }

  /** A nationality or country before a word for its state: "Russian officials", "Russia's government". */
  private static void state(Doc doc, Actors actors, int i) {
    @Nullable String country = doc.countryAt(i);
    int noun = i + 1;
    if (noun < doc.tokens.size() && doc.lower(noun).equals("'s")) {
      noun++;
    }
    if (country == null || noun >= doc.tokens.size() || !Rules.STATE_NOUNS.contains(doc.word(noun))) {
      return;
    }
    Span span = doc.span(i, noun);
    Draft d = actors.get(EntityType.GOVERNMENT, "state:" + country);
    d.add(doc.cover(i, noun), span);
    Draft.vote(d.stated, country);
  }

  /** A country that does something ("Russia continues", "Russia annexed") is its government acting. */
  private static void agent(Doc doc, Actors actors, int i) {
    Places.Resolved r = doc.placeAt.get(doc.tokens.get(i).span().start());
    if (r == null || r.place().kind() != Places.Kind.COUNTRY) {
      return;
    }
    int end = doc.lastTokenBefore(i, r.mention().end());
    if (end + 1 >= doc.tokens.size() || !AGENT_TAGS.contains(doc.tag(end + 1)) || doc.breakAfter(end)) {
      return;
    }
    Span span = new Span(r.mention().start(), r.mention().end());
    for (Draft d : actors.all()) {
      if (d.type == EntityType.PLACE) {
        d.spans.remove(span.start());
      }
    }
    Draft gov = actors.get(EntityType.GOVERNMENT, "state:" + r.place().country());
    gov.add(r.mention().text(), span);
    Draft.vote(gov.stated, r.place().country());
  }

  /**
   * "Syrian air base": a nationality before a site names the country as a place; the entity takes the
   * country's English name when the text never writes it.
   */
  private static void site(Doc doc, Actors actors, int i) {
    Places.Resolved r = doc.placeAt.get(doc.tokens.get(i).span().start());
    if (r == null || r.place().kind() != Places.Kind.ADJECTIVE || r.place().region() != null) {
      return;
    }
    int k = i + 1;
    while (k < doc.tokens.size() && k <= i + 3 && !doc.breakAfter(k - 1) && doc.tag(k).startsWith("NN")
        && !doc.capitalised(k) && !Rules.SITE_NOUNS.contains(doc.lower(k))) {
      k++;
    }
    if (k >= doc.tokens.size() || doc.breakAfter(k - 1) || !Rules.SITE_NOUNS.contains(doc.lower(k))) {
      return;
    }
    String code = r.place().country();
    Draft d = actors.country(code);
    if (d.forms.isEmpty()) {
      d.alias(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    d.add(doc.word(i), doc.tokens.get(i).span());
    d.notNames.add(doc.word(i));
    Draft.vote(d.stated, code);
  }

  /** "protesters", "Crimean Tatars", "gay men in Chechnya", "human rights defenders". */
  private static void group(Doc doc, Actors actors, int i) {
    if (!(Rules.GROUP_HEADS.contains(doc.lower(i)) || demonyms(doc, i)) || !doc.tag(i).startsWith("NN")) {
      return;
    }
    int from = i;
    @Nullable String country = null;
    while (from > 0 && !doc.breakAfter(from - 1)
        && (Rules.GROUP_MODIFIERS.contains(doc.lower(from - 1)) || doc.countryAt(from - 1) != null && doc.capitalised(from - 1))) {
      from--;
      country = country == null ? doc.countryAt(from) : country;
    }
    if (from == i && Rules.VAGUE_HEADS.contains(doc.lower(i))) {
      return;
    }
    int to = i;
    if (i + 2 < doc.tokens.size() && doc.lower(i + 1).equals("in") && doc.countryAt(i + 2) != null && !doc.breakAfter(i)) {
      to = doc.lastTokenBefore(i + 2, doc.placeAt.get(doc.tokens.get(i + 2).span().start()).mention().end());
      country = doc.countryAt(i + 2);
    }
    Span span = doc.span(from, to);
    if (actors.taken(doc.span(from, i))) {
      return;
    }
    String phrase = doc.cover(from, to);
    country = country == null && demonyms(doc, i) ? doc.countryAt(i) : country;
    Draft d = actors.get(EntityType.GROUP, "group:" + Rules.key(phrase));
    d.add(phrase, span);
    Draft.vote(d.stated, country);
  }

  /** A people named by a plural demonym: "Poles", "Chechens", "Tatars". */
  static boolean demonyms(Doc doc, int i) {
    Places.Resolved r = doc.placeAt.get(doc.tokens.get(i).span().start());
    if (r != null && r.place().kind() == Places.Kind.ADJECTIVE && doc.word(i).endsWith("s") && doc.capitalised(i)) {
      return true;
    }
    // "Ethnic Poles", "Crimean Tatars": a plural proper noun after a group word or a nationality
    return doc.tag(i).equals("NNPS") && i > 0 && !doc.breakAfter(i - 1)
        && Rules.ETHNIC.contains(doc.lower(i - 1));
  }

  /** "the department" for the only named department of the text. */
  static void bareHeads(Doc doc, Actors actors) {
    for (int i = 1; i < doc.tokens.size(); i++) {
      String head = doc.word(i);
      if (!doc.lower(i - 1).equals("the") || !Rules.BARE_HEADS.contains(head)) {
        continue;
      }
      List<Draft> named = actors.all().stream()
          .filter(d -> d.type == EntityType.GOVERNMENT || d.type == EntityType.ORGANIZATION)
          .filter(d -> d.forms.keySet().stream().anyMatch(f -> Rules.lower(f).endsWith(" " + head)))
          .toList();
      if (named.size() == 1) {
        named.get(0).add(head, doc.tokens.get(i).span());
      }
    }
  }
}
