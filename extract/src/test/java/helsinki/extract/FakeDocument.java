package helsinki.extract;

import helsinki.core.Annotated;
import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Fingerprint;
import helsinki.core.Qualifier;
import helsinki.core.Quantity;
import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import helsinki.core.Token;
import java.time.LocalDate;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A small fake annotator for extract's tests (STYLE.md): sentences split at a full stop before a capital
 * or at a line break, entities found wherever one of their given forms occurs, places likewise.
 */
final class FakeDocument {

  private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?](?=\\s+[A-Z“\"•])|[.!?]?(?=\\n|$))");

  private final String text;
  private final DocumentKind kind;
  private final String publisher;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Places.Resolved> places = new ArrayList<>();
  private final List<String> addressees = new ArrayList<>();
  private final List<String> captions = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<Token> tokens = new ArrayList<>();
  private @Nullable String title;

  FakeDocument(DocumentKind kind, String publisher, String text) {
    this.kind = kind;
    this.publisher = publisher;
    this.text = text;
  }

  /** Adds an entity found at every occurrence of any of its forms; the first form is its name. */
  FakeDocument entity(EntityType type, String... forms) {
    List<Span> spans = new ArrayList<>();
    for (String form : forms) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
      while (m.find()) {
        if (spans.stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end())) {
          spans.add(new Span(m.start(), m.end()));
        }
      }
    }
    entities.add(new Entity("E" + (entities.size() + 1), type, forms[0], List.of(forms).subList(1, forms.length), List.of(), null, spans));
    return this;
  }

  /** Marks the last added entity as the letter's addressee. */
  FakeDocument addressee() {
    addressees.add(entities.get(entities.size() - 1).id());
    return this;
  }

  /** Adds a resolved place at each occurrence of {@code name}. */
  FakeDocument place(String name, String country) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
    while (m.find()) {
      places.add(new Places.Resolved(new Places.Mention(name, m.start(), m.end()), false,
          new Places.Place(name, Places.Kind.COUNTRY, country, null, null, false), "test"));
    }
    return this;
  }

  /** Adds a date expression at the first occurrence of {@code surface}, normalised to {@code date}. */
  FakeDocument time(String surface, LocalDate date) {
    int at = text.indexOf(surface);
    times.add(new TimeExpression(surface, new Span(at, at + surface.length()), TimexType.DATE, date.toString(), date, date));
    return this;
  }

  /** Adds a period at the first occurrence of {@code surface}, from {@code start} to {@code end}. */
  FakeDocument period(String surface, LocalDate start, LocalDate end) {
    int at = text.indexOf(surface);
    times.add(new TimeExpression(surface, new Span(at, at + surface.length()), TimexType.DATE, start.toString(), start, end));
    return this;
  }

  /** Tags the first occurrence of {@code word} with a Penn part-of-speech tag; other words stay untagged. */
  FakeDocument tag(String word, String tag) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    if (m.find()) {
      tokens.add(new Token(word, new Span(m.start(), m.end()), word, tag));
    }
    return this;
  }

  /** Adds a count at the first occurrence of {@code surface}. */
  FakeDocument quantity(String surface, long value, Qualifier qualifier, String unit) {
    int at = text.indexOf(surface);
    quantities.add(new Quantity(surface, new Span(at, at + surface.length()), value, qualifier, unit));
    return this;
  }

  /** Adds a resolved first-level region (ISO 3166-2) at each occurrence of {@code name}. */
  FakeDocument region(String name, String country, String region) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
    while (m.find()) {
      places.add(new Places.Resolved(new Places.Mention(name, m.start(), m.end()), false,
          new Places.Place(name, Places.Kind.REGION, country, region, null, false), "test"));
    }
    return this;
  }

  /** Sets the document's title. */
  FakeDocument title(String title) {
    this.title = title;
    return this;
  }

  FakeDocument caption(String caption) {
    captions.add(caption);
    return this;
  }

  Input input() {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      sentences.add(new Sentence(span, tokens.stream().filter(t -> span.start() <= t.span().start() && t.span().end() <= span.end()).toList()));
    }
    Document d = new Document("d-0000000000", "test", "text/plain", title, null, publisher, List.of(new Author("A. Signer", null)),
        null, "en", kind, List.of(), text, captions, new Fingerprint("0000000000", new int[0]));
    return new Input(d, new Annotated(d.id(), null, sentences, List.of(), times, quantities), entities, addressees, places);
  }

  Extraction extract() {
    return new Extractor().extract(input());
  }

  /** A letter from {@code publisher} (entity E1) to {@code addressee} (E2, the addressee). */
  static FakeDocument letter(String publisher, String addressee, String text) {
    return new FakeDocument(DocumentKind.LETTER, publisher, text)
        .entity(EntityType.ORGANIZATION, publisher)
        .entity(EntityType.PERSON, addressee, addressee.substring(addressee.lastIndexOf(' ') + 1)).addressee();
  }
}
