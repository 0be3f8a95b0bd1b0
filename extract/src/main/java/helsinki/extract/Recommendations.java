package helsinki.extract;

import helsinki.core.Ask;
import helsinki.core.Document;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.Span;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for structured recommendation lists (UN review reports): finds every numbered
 * recommendation in a document's text and makes it one ask per recommending state, with the state under
 * review as target. It needs no annotation (no CoreNLP), so a 75,000-character report takes milliseconds;
 * the analyzer runs it with or without NLP, and its asks replace sentence-level asks on the same words.
 */
public final class Recommendations {

  /** The document's entities with the states the lists name added, and one ask per recommendation and state. */
  public record Found(List<Entity> entities, List<Ask> asks) {

    /** Copies the lists. */
    public Found {
      entities = List.copyOf(entities);
      asks = List.copyOf(asks);
    }
  }

  private static final Pattern TRAILING = Pattern.compile("[\\s,;.:]+$");

  private final @Nullable Gazetteer gazetteer;
  private final RecommendationList lists;

  /**
   * A reader that takes a bracket's names for states when the gazetteer knows them as countries, or, with
   * no gazetteer, when they look like names (capitalised words, not acronyms).
   */
  public Recommendations(@Nullable Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    Predicate<String> isState = gazetteer == null ? name -> true : name -> country(gazetteer, name).isPresent();
    this.lists = new RecommendationList(isState);
  }

  /** The recommendations in {@code document}; {@code entities} are reused where they name the same state. */
  public Found read(Document document, List<Entity> entities) {
    String text = document.text();
    List<RecommendationList.Item> items = lists.find(text);
    if (items.isEmpty()) {
      return new Found(entities, List.of());
    }
    States states = new States(entities);
    String target = UnderReview.find(text, items.get(0).span().start())
        .map(name -> states.id(name, mentions(text, name))).orElse(null);
    List<Ask> asks = new ArrayList<>();
    for (RecommendationList.Item item : items) {
      Set<String> requesters = new LinkedHashSet<>();
      for (Span s : item.states()) {
        requesters.add(states.id(text.substring(s.start(), s.end()), List.of(s)));
      }
      Ask ask = ask(text, item, target);
      if (requesters.isEmpty()) {
        asks.add(ask);
      }
      requesters.forEach(r -> asks.add(withRequester(ask, r)));
    }
    return new Found(states.all(), asks);
  }

  /** The ask of one recommendation: its lead verb's action, the words after the verb as object. */
  private static Ask ask(String text, RecommendationList.Item item, @Nullable String target) {
    int bodyStart = item.span().start();
    if (text.startsWith(item.number(), bodyStart)) {
      bodyStart += item.number().length();
      while (bodyStart < item.span().end() && Character.isWhitespace(text.charAt(bodyStart))) {
        bodyStart++;
      }
    }
    int bodyEnd = item.states().isEmpty() ? item.span().end() : text.lastIndexOf('(', item.states().get(item.states().size() - 1).start());
    bodyEnd = Math.max(bodyEnd, bodyStart);
    String body = text.substring(bodyStart, bodyEnd);
    Verbs.Lead lead = Verbs.lead(body);
    String object = TRAILING.matcher(body.substring(lead.end())).replaceAll("").trim();
    return new Ask("", null, target, lead.action(), object.isEmpty() ? null : object, List.of(), null, null, null, null,
        List.of(), Evidence.of(text, item.span().start(), item.span().end()));
  }

  private static Ask withRequester(Ask a, String requester) {
    return new Ask(a.id(), requester, a.target(), a.action(), a.object(), a.counterparts(), a.channel(), a.occasion(),
        a.due(), a.strength(), a.themes(), a.evidence());
  }

  /**
   * The asks of a document read both ways: sentence-level asks are dropped where a list's ask covers the
   * same words (the list knows its requesters better), then all are ordered by place and numbered A1, A2...
   */
  public static List<Ask> merge(List<Ask> fromSentences, List<Ask> fromLists) {
    List<Ask> all = new ArrayList<>(fromLists);
    fromSentences.stream().filter(s -> fromLists.stream().noneMatch(l -> overlaps(s.evidence(), l.evidence()))).forEach(all::add);
    all.sort(Comparator.comparingInt((Ask a) -> a.evidence().start()));
    List<Ask> numbered = new ArrayList<>();
    for (Ask a : all) {
      numbered.add(new Ask("A" + (numbered.size() + 1), a.requester(), a.target(), a.action(), a.object(), a.counterparts(),
          a.channel(), a.occasion(), a.due(), a.strength(), a.themes(), a.evidence()));
    }
    return numbered;
  }

  private static boolean overlaps(Evidence a, Evidence b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static List<Span> mentions(String text, String name) {
    List<Span> spans = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
      spans.add(new Span(i, i + name.length()));
    }
    return spans;
  }

  private static Optional<Places.Place> country(Gazetteer gazetteer, String name) {
    return gazetteer.lookup(name).stream().filter(p -> p.kind() == Places.Kind.COUNTRY).findFirst();
  }

  /** The document's entities plus the states found so far, one entity per country (or per name without a gazetteer). */
  private final class States {
    private final List<Entity> known;
    private final Map<String, Entity> added = new LinkedHashMap<>();

    States(List<Entity> known) {
      this.known = known;
    }

    String id(String surface, List<Span> spans) {
      Optional<Places.Place> place = gazetteer == null ? Optional.empty() : country(gazetteer, surface);
      String name = place.map(Places.Place::name).orElse(surface.replaceFirst("^the\\s+", ""));
      Optional<Entity> same = known.stream().filter(e -> names(e, name) || names(e, surface)).findFirst();
      if (same.isPresent()) {
        return same.get().id();
      }
      String key = place.map(Places.Place::country).orElse(Context.key(name));
      Entity e = added.get(key);
      String id = e == null ? "E" + (known.size() + added.size() + 1) : e.id();
      added.put(key, grown(e, id, name, surface, place.map(Places.Place::country).orElse(null), spans));
      return id;
    }

    private Entity grown(@Nullable Entity e, String id, String name, String surface, @Nullable String country, List<Span> spans) {
      Set<String> aliases = new LinkedHashSet<>(e == null ? List.of() : e.aliases());
      if (!surface.equals(name)) {
        aliases.add(surface);
      }
      Set<Span> mentions = new LinkedHashSet<>(e == null ? List.of() : e.mentions());
      mentions.addAll(spans);
      return new Entity(id, EntityType.GOVERNMENT, name, List.copyOf(aliases), List.of(), country,
          mentions.stream().sorted(Comparator.comparingInt(Span::start)).toList());
    }

    private static boolean names(Entity e, String name) {
      String k = Context.key(name);
      return Context.key(e.name()).equals(k) || e.aliases().stream().anyMatch(a -> Context.key(a).equals(k));
    }

    List<Entity> all() {
      List<Entity> all = new ArrayList<>(known);
      all.addAll(added.values());
      return all;
    }
  }
}
