package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Annotated;
import helsinki.core.Annotator;
import helsinki.core.Ask;
import helsinki.core.Document;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.InputException;
import helsinki.core.Span;
import helsinki.extract.Classifiers;
import helsinki.extract.Extraction;
import helsinki.extract.Extractor;
import helsinki.extract.Input;
import helsinki.extract.Recommendations;
import helsinki.ingest.Ingester;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.entities.EntityResolver;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The stateless use case behind {@code helsinki analyze}: read one input and analyse it, storing nothing. */
public final class Analyzer {

  /**
   * Names the analysis this code writes; stored with every analysis so that a library can tell which
   * documents a newer Helsinki should analyse again. Change it when the analysis changes.
   */
  public static final String VERSION = "2026-11-23.4";

  private final Ingester ingester;
  private final @Nullable Annotator annotator;
  private final @Nullable Gazetteer gazetteer;
  private final EntityResolver resolver = new EntityResolver();
  private final Extractor extractor = new Extractor();
  private final Recommendations recommendations;
  private final @Nullable LocalDate anchor;
  private final @Nullable Classifiers classifiers;
  private final LazyEmbedder embedder = new LazyEmbedder();

  /**
   * An analyzer without NLP: it reads what the document's metadata names (addressees, authors) and the
   * structured recommendation lists of UN reports ({@link Recommendations}, the fast path).
   */
  public Analyzer(Ingester ingester) {
    this(ingester, null, null, null);
  }

  /**
   * An analyzer with the annotation stage: {@code annotator} and {@code gazetteer} are built once per
   * process and shared; {@code anchor} is the date relative times are read against when a document states none.
   */
  public Analyzer(Ingester ingester, @Nullable Annotator annotator, @Nullable Gazetteer gazetteer, @Nullable LocalDate anchor) {
    this.ingester = ingester;
    this.annotator = annotator;
    this.gazetteer = gazetteer;
    this.anchor = anchor;
    this.classifiers = annotator == null ? null : Classifiers.load(embedder);
    this.recommendations = new Recommendations(gazetteer);
  }

  /**
   * An analyzer with the full annotation stage (CoreNLP's models and the gazetteer, loaded now, which
   * takes seconds and about a gigabyte), reading relative times against {@code anchor} when a document states no date.
   */
  public static Analyzer withNlp(Ingester ingester, @Nullable LocalDate anchor) {
    return new Analyzer(ingester, CoreNlpAnnotator.load(false), Gazetteer.load(), anchor);
  }

  /** The gazetteer this analyzer resolves places with, if it annotates. */
  @Nullable Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The sentence embedder its classifiers read asks with, for the library's link stage to share. */
  LazyEmbedder embedder() {
    return embedder;
  }

  /** Reads and analyses one file. */
  public Analysis analyze(Path file) throws InputException {
    return analyze(ingester.read(file));
  }

  /** Fetches and analyses one {@code http(s)} URL. */
  public Analysis analyze(URI url) throws InputException {
    return analyze(ingester.fetch(url));
  }

  /** Reads and analyses a stream named {@code source}. */
  public Analysis analyze(String source, InputStream in) throws InputException {
    return analyze(ingester.read(source, in));
  }

  Analysis analyze(Document document) {
    LetterActors.Found letter = LetterActors.of(document);
    if (annotator == null || gazetteer == null) {
      Analysis a = Analysis.of(document, letter.entities(), letter.addresseeIds());
      Recommendations.Found listed = recommendations.read(document, a.entities());
      return new Analysis(a.format(), a.id(), a.source(), a.title(), a.subtitle(), a.publisher(), a.authors(),
          a.published(), a.language(), a.kind(), a.addressees(), a.text(), a.captions(), a.countries(),
          a.themes(), listed.entities(), a.events(), a.engagements(), Recommendations.merge(List.of(), listed.asks()), a.outcomes());
    }
    Annotated annotated = annotator.annotate(document, anchor);
    Places places = gazetteer.resolveText(document.title() == null ? "" : document.title(), document.text());
    EntityResolver.Resolution found = resolver.resolve(document, annotated, places);
    Merged merged = merge(found, letter);
    Analysis a = Analysis.of(document, withPublisher(document, merged.entities), merged.addressees);
    Extraction x = extractor.extract(new Input(document, annotated, a.entities(), a.addressees(), places.resolved()));
    Recommendations.Found listed = recommendations.read(document, a.entities());
    List<Ask> all = Recommendations.merge(x.asks(), listed.asks());
    List<Ask> asks = classifiers == null ? all : all.stream().map(classifiers::labelled).toList();
    List<String> themes = classifiers == null ? a.themes() : classifiers.documentThemes(document.text(), asks);
    return new Analysis(a.format(), a.id(), a.source(), a.title(), a.subtitle(), a.publisher(), a.authors(),
        a.published(), a.language(), a.kind(), a.addressees(), a.text(), a.captions(), places.countries(),
        themes, listed.entities(), x.events(), x.engagements(), asks, x.outcomes());
  }

  private record Merged(List<Entity> entities, List<String> addressees) {}

  /**
   * The entities with one for the publisher that the document states when none names it yet, so that
   * the document's own asks have their publisher as requester even when its text never names it.
   */
  private static List<Entity> withPublisher(Document document, List<Entity> entities) {
    String publisher = document.publisher();
    if (publisher == null || entities.stream().anyMatch(e -> forms(e).contains(key(publisher)))) {
      return entities;
    }
    List<Span> mentions = new ArrayList<>();
    String text = document.text();
    for (int i = text.indexOf(publisher); i >= 0; i = text.indexOf(publisher, i + publisher.length())) {
      mentions.add(new Span(i, i + publisher.length()));
    }
    List<Entity> all = new ArrayList<>(entities);
    all.add(new Entity("E" + (entities.size() + 1), EntityType.ORGANIZATION, publisher, List.of(), List.of(), null, mentions));
    return all;
  }

  /** The metadata's addressees and authors, each joined to the entity the text resolved for it when there is one. */
  private static Merged merge(EntityResolver.Resolution found, LetterActors.Found letter) {
    List<Entity> entities = new ArrayList<>(found.entities());
    List<String> addressees = new ArrayList<>();
    for (Entity e : letter.entities()) {
      int same = indexOfSame(entities, e);
      if (same < 0) {
        Entity added = copy(e, "E" + (entities.size() + 1));
        entities.add(added);
        same = entities.size() - 1;
      } else {
        entities.set(same, join(entities.get(same), e));
      }
      if (letter.addresseeIds().contains(e.id())) {
        addressees.add(entities.get(same).id());
      }
    }
    return new Merged(entities, addressees);
  }

  private static int indexOfSame(List<Entity> entities, Entity e) {
    for (int i = 0; i < entities.size(); i++) {
      Entity o = entities.get(i);
      if (o.type() == e.type() && !forms(o).stream().filter(forms(e)::contains).toList().isEmpty()
          && (forms(o).contains(key(e.name())) || forms(e).contains(key(o.name())))) {
        return i;
      }
    }
    return -1;
  }

  private static Set<String> forms(Entity e) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(e.name()));
    e.aliases().forEach(a -> keys.add(key(a)));
    return keys;
  }

  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static Entity copy(Entity e, String id) {
    return new Entity(id, e.type(), e.name(), e.aliases(), e.roles(), e.country(), e.mentions());
  }

  /** The text's entity, with the metadata's roles first and its forms as aliases. */
  private static Entity join(Entity text, Entity meta) {
    String name = meta.name().split("\\s+").length > text.name().split("\\s+").length ? meta.name() : text.name();
    Set<String> aliases = new LinkedHashSet<>(text.aliases());
    aliases.addAll(meta.aliases());
    aliases.add(text.name());
    aliases.add(meta.name());
    aliases.remove(name);
    Set<String> roles = new LinkedHashSet<>(meta.roles());
    roles.addAll(text.roles());
    Set<Span> spans = new TreeSet<>(Comparator.comparingInt(Span::start));
    spans.addAll(text.mentions());
    spans.addAll(meta.mentions());
    return new Entity(text.id(), text.type(), name, List.copyOf(aliases), List.copyOf(roles), text.country(), List.copyOf(spans));
  }
}
