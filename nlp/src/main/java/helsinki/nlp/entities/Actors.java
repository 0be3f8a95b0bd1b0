package helsinki.nlp.entities;

import helsinki.core.EntityType;
import helsinki.core.Mention;
import helsinki.core.NerClass;
import helsinki.core.Span;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everyone and everything that is not a person: organisations, organs of state, groups and places. */
final class Actors {

  private final Doc doc;
  private final List<Draft> persons;
  final List<Draft> drafts = new ArrayList<>();
  private final Map<String, Draft> byKey = new HashMap<>();

  Actors(Doc doc, List<Draft> persons) {
    this.doc = doc;
    this.persons = persons;
  }

  void find(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.nerClass() != NerClass.PERSON && !taken(m.span()) && m.text().indexOf('\n') < 0) {
        named(m);
      }
    }
    for (Places.Resolved r : doc.placeAt.values()) {
      Span s = new Span(r.mention().start(), r.mention().end());
      if (r.place().kind() != Places.Kind.ADJECTIVE && !taken(s)) {
        place(r, s);
      }
    }
    Phrases.find(doc, this);
    Phrases.bareHeads(doc, this);
  }

  /** Is this span already part of some entity? */
  boolean taken(Span s) {
    return persons.stream().anyMatch(d -> overlaps(d, s)) || drafts.stream().anyMatch(d -> overlaps(d, s));
  }

  private static boolean overlaps(Draft d, Span s) {
    return d.spans.values().stream().anyMatch(o -> o.start() < s.end() && s.start() < o.end());
  }

  private void named(Mention m) {
    String lower = Rules.lower(m.text());
    String[] words = lower.split("\\s+");
    String last = words[words.length - 1];
    @Nullable String known = Rules.KNOWN_OFFICES.get(Rules.lower(stripCountry(m.text())));
    int first = doc.tokenStarting(m.span().start());
    int lastToken = first < 0 ? -1 : doc.lastTokenBefore(first, m.span().end());
    @Nullable String before = first > 0 && !doc.breakAfter(first - 1) ? doc.countryAt(first - 1) : null;
    if (lastToken >= 0 && Phrases.demonyms(doc, lastToken) || Rules.INSTRUMENTS.contains(last)) {
      return;
    }
    if (Rules.ORGAN_HEADS.contains(last) || known != null || before != null && Rules.NATIONAL_ORGAN_HEADS.contains(last)) {
      Span span = before != null ? new Span(doc.tokens.get(first - 1).span().start(), m.span().end()) : m.span();
      Draft d = get(EntityType.GOVERNMENT, "organ:" + Rules.key(stripCountry(m.text())));
      d.add(doc.text.substring(span.start(), span.end()), span);
      Draft.vote(d.stated, known);
      Draft.vote(d.stated, before);
      Draft.vote(d.stated, leadingCountry(m.span()));
    } else if (m.nerClass() == NerClass.ORGANIZATION) {
      get(EntityType.ORGANIZATION, "org:" + Rules.key(m.text())).add(m.text(), m.span());
    }
  }

  private void place(Places.Resolved r, Span s) {
    Draft d = r.place().kind() == Places.Kind.COUNTRY ? country(r.place().country())
        : get(EntityType.PLACE, "place:" + r.place().name() + "/" + r.place().country() + "/" + r.place().region());
    d.add(r.mention().text(), s);
    Draft.vote(d.stated, r.place().country());
  }

  /** The place entity of a whole country, by its ISO code. */
  Draft country(String code) {
    return get(EntityType.PLACE, "country:" + code);
  }

  /** "U.S. State Department" without its country: "State Department". */
  String stripCountry(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length > 1 && (words[0].equals("U.S.") || words[0].equals("US") || words[0].equals("UK"))) {
      return name.strip().substring(words[0].length()).strip();
    }
    return name.strip();
  }

  private @Nullable String leadingCountry(Span s) {
    int t = doc.tokenStarting(s.start());
    return t < 0 ? null : doc.countryAt(t);
  }

  Draft get(EntityType type, String key) {
    return byKey.computeIfAbsent(key, k -> {
      Draft d = new Draft(type);
      drafts.add(d);
      return d;
    });
  }

  List<Draft> all() {
    return drafts;
  }
}
