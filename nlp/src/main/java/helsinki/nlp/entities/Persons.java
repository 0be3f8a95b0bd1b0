package helsinki.nlp.entities;

import helsinki.core.EntityType;
import helsinki.core.Mention;
import helsinki.core.NerClass;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People: names from the recogniser and after titles, clustered by surname, with roles and countries. */
final class Persons {

  private final Doc doc;
  final List<Draft> drafts = new ArrayList<>();

  Persons(Doc doc) {
    this.doc = doc;
  }

  /** A name as found: its token range. */
  private record Name(int from, int to) {}

  void find(List<Mention> mentions) {
    List<Name> names = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.nerClass() == NerClass.PERSON) {
        names.addAll(split(m.span()));
      }
    }
    names.addAll(titled(names));
    names.sort((a, b) -> Integer.compare(b.to - b.from, a.to - a.from));
    for (Name n : names) {
      if (!doc.overlapsPlace(doc.span(n.from, n.to))) {
        cluster(n);
      }
    }
    for (Draft d : drafts) {
      scan(d);
      for (Mention m : mentions) {
        if (m.nerClass() != NerClass.PERSON && isSurnameOf(d, m.text())) {
          d.add(m.text(), m.span());
        }
      }
    }
  }

  /**
   * "the Foreign Minister", "the Secretary": an office written without a name refers to the one
   * person of the text who holds an office of those words; nothing when none or several do.
   */
  void titleOnly() {
    for (int i = 1; i < doc.tokens.size(); i++) {
      if (!doc.lower(i - 1).equals("the") || !doc.capitalised(i) || !Rules.TITLE_WORDS.contains(doc.lower(i))) {
        continue;
      }
      int to = i;
      while (to + 1 < doc.tokens.size() && !doc.breakAfter(to) && Rules.TITLE_WORDS.contains(doc.lower(to + 1))
          && (doc.capitalised(to + 1) || doc.lower(to + 1).equals("of"))) {
        to++;
      }
      boolean named = to + 1 < doc.tokens.size() && doc.tag(to + 1).startsWith("NNP") && !doc.breakAfter(to);
      if (named || !Rules.OFFICE_HEADS.contains(doc.lower(to))) {
        continue;
      }
      String title = Rules.lower(doc.cover(i, to));
      List<Draft> holders = drafts.stream()
          .filter(d -> d.roles.keySet().stream().anyMatch(r -> Rules.lower(r).equals(title) || Rules.lower(r).startsWith(title + " ")))
          .toList();
      if (holders.size() == 1) {
        holders.get(0).add(doc.cover(i - 1, to), doc.span(i - 1, to));
      }
      i = to;
    }
  }

  /** A recogniser's span as names: cut at line breaks, without leading titles or pronouns. */
  private List<Name> split(Span span) {
    int from = doc.tokenStarting(span.start());
    if (from < 0) {
      return List.of();
    }
    int to = doc.lastTokenBefore(from, span.end());
    List<Name> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || doc.breakAfter(i)) {
        int s = start;
        while (s <= i && (Rules.TITLE_WORDS.contains(doc.lower(s)) || Rules.COURTESY.contains(doc.lower(s)))) {
          s++;
        }
        if (s <= i && doc.capitalised(s) && !Rules.NOT_NAMES.contains(doc.lower(s))) {
          out.add(new Name(s, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Capitalised words after an office ("President Trump") that the recogniser missed. */
  private List<Name> titled(List<Name> known) {
    List<Name> out = new ArrayList<>();
    for (int i = 1; i < doc.tokens.size(); i++) {
      final int at = i;
      if (!doc.tag(i).startsWith("NNP") || !doc.capitalised(i) || Rules.TITLE_WORDS.contains(doc.lower(i))
          || known.stream().anyMatch(n -> n.from <= at && at <= n.to) || Titles.office(doc, i) == null) {
        continue;
      }
      int to = i;
      while (to + 1 < doc.tokens.size() && !doc.breakAfter(to) && doc.tag(to + 1).startsWith("NNP")
          && !Rules.TITLE_WORDS.contains(doc.lower(to + 1))) {
        to++;
      }
      out.add(new Name(i, to));
      i = to;
    }
    return out;
  }

  private void cluster(Name n) {
    String written = doc.cover(n.from, n.to);
    Span span = doc.span(n.from, n.to);
    Draft into = drafts.stream().filter(d -> d.knows(written) || isSurnameOf(d, written)).findFirst().orElse(null);
    if (into == null) {
      into = new Draft(EntityType.PERSON);
      drafts.add(into);
    }
    into.add(written, span);
    Titles.describe(doc, n.from, n.to, into);
  }

  /** Is {@code form} this person's surname, or their name without spaces and hyphens? */
  static boolean isSurnameOf(Draft d, String form) {
    String k = Rules.key(form);
    return !k.isEmpty() && d.forms.keySet().stream().anyMatch(f -> {
      String[] words = f.strip().split("\\s+");
      return Rules.key(words[words.length - 1]).equals(k) || Rules.key(f).equals(k);
    });
  }

  /** Is token {@code i} a given name before a surname: a capitalised proper noun that is no title or place? */
  private boolean givenName(int i) {
    return i >= 0 && !doc.breakAfter(i) && doc.tag(i).equals("NNP") && doc.capitalised(i)
        && !Rules.TITLE_WORDS.contains(doc.lower(i)) && !Rules.COURTESY.contains(doc.lower(i)) && doc.countryAt(i) == null
        && drafts.stream().noneMatch(o -> Persons.isSurnameOf(o, doc.word(i)));
  }

  /** Every other place the person's name or surname stands, and the titled forms written there. */
  private void scan(Draft d) {
    List<String> forms = new ArrayList<>(d.forms.keySet());
    for (String form : forms) {
      String[] words = form.split("\\s+");
      for (String f : List.of(form, words[words.length - 1])) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])").matcher(doc.text);
        while (m.find()) {
          if (d.spans.values().stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end())) {
            int from = doc.tokenStarting(m.start());
            if (from < 0) {
              d.spans.put(m.start(), new Span(m.start(), m.end()));
              continue;
            }
            int to = doc.lastTokenBefore(from, m.end());
            if (f.indexOf(' ') < 0 && givenName(from - 1)) {
              from--;
            }
            d.add(doc.cover(from, to), doc.span(from, to));
            Titles.describe(doc, from, to, d);
          }
        }
      }
    }
  }
}
