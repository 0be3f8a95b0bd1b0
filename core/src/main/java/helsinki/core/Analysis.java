package helsinki.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One document's analysis: the object that {@code helsinki analyze} prints (FORMAT.md, a public
 * contract). Fields are added, never renamed or removed without bumping {@link #FORMAT}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "format", "id", "source", "title", "subtitle", "publisher", "authors", "published", "language",
  "kind", "addressees", "text", "captions", "countries", "themes", "entities", "events",
  "engagements", "asks", "outcomes"
})
public record Analysis(
    int format,
    String id,
    String source,
    @Nullable String title,
    @Nullable String subtitle,
    @Nullable String publisher,
    List<Author> authors,
    @Nullable LocalDate published,
    @Nullable String language,
    DocumentKind kind,
    List<String> addressees,
    String text,
    List<String> captions,
    List<String> countries,
    List<String> themes,
    List<Entity> entities,
    List<Event> events,
    List<Engagement> engagements,
    List<Ask> asks,
    List<Outcome> outcomes) {

  /** The version of the format this code writes. */
  public static final int FORMAT = 1;

  public Analysis {
    authors = List.copyOf(authors);
    addressees = List.copyOf(addressees);
    captions = List.copyOf(captions);
    countries = List.copyOf(countries);
    themes = List.copyOf(themes);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    engagements = List.copyOf(engagements);
    asks = List.copyOf(asks);
    outcomes = List.copyOf(outcomes);
  }

  /** This analysis under another document id (a library may store a document under another id than its text suggests). */
  public Analysis withId(String newId) {
    return new Analysis(format, newId, source, title, subtitle, publisher, authors, published, language, kind,
        addressees, text, captions, countries, themes, entities, events, engagements, asks, outcomes);
  }

  /** This analysis with another text and captions (a store keeps them once, with the document). */
  public Analysis withText(String newText, List<String> newCaptions) {
    return new Analysis(format, id, source, title, subtitle, publisher, authors, published, language, kind,
        addressees, newText, newCaptions, countries, themes, entities, events, engagements, asks, outcomes);
  }

  /**
   * The analysis of a document whose later stages found {@code entities} and nothing else yet.
   * {@code addressees} are ids into {@code entities}.
   */
  public static Analysis of(Document document, List<Entity> entities, List<String> addressees) {
    return new Analysis(
        FORMAT,
        document.id(),
        document.source(),
        document.title(),
        document.subtitle(),
        document.publisher(),
        document.authors(),
        document.published(),
        document.language(),
        document.kind(),
        addressees,
        document.text(),
        document.captions(),
        List.of(),
        List.of(),
        entities,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
