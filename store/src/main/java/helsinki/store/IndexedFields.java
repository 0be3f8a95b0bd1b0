package helsinki.store;

import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/** The Lucene fields of a stored document: searchable text, exact filter keys, facets and what a hit shows. */
final class IndexedFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String CAPTIONS = "captions";
  static final String PUBLISHER = "publisher";
  static final String AUTHORS = "authors";
  static final String SOURCE = "source";
  static final String KIND = "kind";
  static final String PUBLISHED = "published";
  static final String PUBLISHER_KEY = "publisher_key";
  static final String KIND_KEY = "kind_key";
  static final String COUNTRY_KEY = "country_key";
  static final String DAY = "day";

  /** Facet dimensions, in the order results list them. */
  static final String[] DIMENSIONS = {"publisher", "kind", "country", "language", "year"};

  /** Text stored with offsets, so that the highlighter need not re-analyse whole documents. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private IndexedFields() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("country", true);
    return config;
  }

  static org.apache.lucene.document.Document of(StoredDocument stored) {
    Document d = stored.document();
    var doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    doc.add(new StoredField(SOURCE, d.source()));
    doc.add(new StoredField(KIND, d.kind().name()));
    doc.add(new StringField(KIND_KEY, d.kind().name(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField("kind", d.kind().name()));
    if (d.title() != null) {
      doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
    }
    doc.add(new Field(TEXT, d.text(), TEXT_WITH_OFFSETS));
    for (String caption : d.captions()) {
      doc.add(new TextField(CAPTIONS, caption, Field.Store.NO));
    }
    for (Author a : d.authors()) {
      doc.add(new TextField(AUTHORS, a.name(), Field.Store.NO));
    }
    addPublisher(doc, d.publisher());
    addDate(doc, d.published());
    for (String country : stored.countries()) {
      doc.add(new StringField(COUNTRY_KEY, country.toUpperCase(Locale.ROOT), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField("country", country.toUpperCase(Locale.ROOT)));
    }
    if (d.language() != null && !d.language().isBlank()) {
      doc.add(new SortedSetDocValuesFacetField("language", d.language()));
    }
    return doc;
  }

  /**
   * The facet's drill-down term for a language: the facet already indexes it, so filtering by it
   * needs no new field (and no rebuild of an index made before the filter existed).
   */
  static Term languageTerm(String language) {
    FacetsConfig config = facetsConfig();
    return DrillDownQuery.term(config.getDimConfig("language").indexFieldName, "language", language.strip());
  }

  /** How many labels a facet lists: every country (a world map needs them all), the top {@code top} of the others. */
  static int facetLabels(String dimension, int top) {
    return dimension.equals("country") ? 300 : top;
  }

  static String publisherKey(String publisher) {
    return publisher.strip().toLowerCase(Locale.ROOT);
  }

  static long day(LocalDate date) {
    return date.toEpochDay();
  }

  static DocumentKind kind(String stored) {
    return DocumentKind.valueOf(stored);
  }

  private static void addPublisher(org.apache.lucene.document.Document doc, @Nullable String publisher) {
    if (publisher == null || publisher.isBlank()) {
      return;
    }
    doc.add(new TextField(PUBLISHER, publisher, Field.Store.YES));
    doc.add(new StringField(PUBLISHER_KEY, publisherKey(publisher), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField("publisher", publisher.strip()));
  }

  private static void addDate(org.apache.lucene.document.Document doc, @Nullable LocalDate published) {
    if (published == null) {
      return;
    }
    doc.add(new LongPoint(DAY, day(published)));
    doc.add(new StoredField(PUBLISHED, published.toString()));
    doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(published.getYear())));
  }
}
