package helsinki.nlp.entities;

import helsinki.core.Annotated;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.Span;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns one document's named mentions and resolved places into entities (persons with roles and
 * countries, organisations, government organs, groups, places), each mentioned form of one actor
 * resolved to it within the document. Stateless and safe to share between threads.
 */
public final class EntityResolver {

  /** The entities of a document, in order of first mention, and the ids of its letter's addressees among them. */
  public record Resolution(List<Entity> entities, List<String> addressees) {
    /** Copies the lists. */
    public Resolution {
      entities = List.copyOf(entities);
      addressees = List.copyOf(addressees);
    }
  }

  private static final Pattern AS_ROLE =
      Pattern.compile("\\b[Aa]s ((?:the )?[A-Z][\\p{L}\\-]+(?: (?:of|for|the|on|[A-Z][\\p{L}\\-]+)){0,6}), you\\b");

  /** Resolves {@code annotated} (the annotation of {@code document}) with {@code places} (its gazetteer places). */
  public Resolution resolve(Document document, Annotated annotated, Places places) {
    Doc doc = new Doc(document.text(), annotated, places);
    Persons persons = new Persons(doc);
    persons.find(annotated.mentions());
    List<Draft> addressees = addressees(document, doc, persons.drafts);
    persons.titleOnly();
    Actors actors = new Actors(doc, persons.drafts);
    actors.find(annotated.mentions());
    List<Draft> all = new ArrayList<>(persons.drafts);
    all.addAll(actors.drafts);
    @Nullable String main = places.countries().isEmpty() ? null : places.countries().get(0);
    for (Draft d : persons.drafts) {
      Context.near(doc, d);
      boolean author = document.authors().stream().anyMatch(a -> d.knows(a.name()) || Persons.isSurnameOf(d, a.name()));
      if (!author && !d.addressee) {
        Context.fallback(doc, d, main);
      }
    }
    all.removeIf(d -> d.spans.isEmpty() && !d.addressee);
    all.sort(Comparator.comparing((Draft d) -> !d.addressee).thenComparingInt(Draft::first));
    List<Entity> entities = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Draft d : all) {
      Entity e = d.toEntity("E" + (entities.size() + 1));
      entities.add(e);
      if (addressees.contains(d)) {
        ids.add(e.id());
      }
    }
    return new Resolution(entities, ids);
  }

  /** Links each addressee to its person; a single addressee of a letter is also "you". */
  private static List<Draft> addressees(Document document, Doc doc, List<Draft> persons) {
    List<Draft> found = new ArrayList<>();
    for (String written : document.addressees()) {
      String head = written.split(",")[0].strip();
      String[] words = head.split("\\s+");
      String surname = words[words.length - 1];
      persons.stream().filter(p -> Persons.isSurnameOf(p, surname)).findFirst().ifPresent(p -> {
        p.addressee = true;
        found.add(p);
      });
    }
    if (found.size() == 1 && document.addressees().size() == 1
        && (document.kind() == DocumentKind.LETTER || doc.text.contains("Dear "))) {
      Draft you = found.get(0);
      for (int i = 0; i < doc.tokens.size(); i++) {
        if (Rules.YOU.contains(doc.lower(i))) {
          Span s = doc.tokens.get(i).span();
          you.spans.putIfAbsent(s.start(), s);
        }
      }
      Matcher m = AS_ROLE.matcher(doc.text);
      if (m.find()) {
        String role = m.group(1).replaceFirst("^the ", "");
        you.roles.merge(role, 2, Integer::sum);
        Draft.vote(you.stated, Rules.KNOWN_OFFICES.get(Rules.lower(role)));
      }
    }
    return found;
  }
}
