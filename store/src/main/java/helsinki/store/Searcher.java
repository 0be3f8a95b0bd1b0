package helsinki.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Runs one search: parse, filter, count facets over all matches (without scoring them), rank the top
 * hits by BM25, highlight them from the offsets stored in the postings.
 */
final class Searcher {

  private static final Map<String, Float> BOOSTS = Map.of(
      IndexedFields.TITLE, 3f, IndexedFields.TEXT, 1f, IndexedFields.CAPTIONS, 1f,
      IndexedFields.PUBLISHER, 2f, IndexedFields.AUTHORS, 2f);
  private static final int FACET_LABELS = 10;
  private static final SnippetScorer SCORER = new SnippetScorer();
  /** The stored fields a hit shows, besides its passage. */
  private static final Set<String> SHOWN = Set.of(IndexedFields.ID, IndexedFields.TITLE, IndexedFields.PUBLISHER,
      IndexedFields.KIND, IndexedFields.PUBLISHED, IndexedFields.SOURCE);

  private final SearcherManager searchers;
  private final Analyzer analyzer;
  /** Facet ordinals are costly to map, so they are kept for as long as the reader they were made for. */
  private @Nullable FacetState facetState;
  private final FacetOrdinals ordinals = new FacetOrdinals();
  private final SearchCache cache;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  Searcher(SearcherManager searchers, Analyzer analyzer, int cacheCapacity) {
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.cache = new SearchCache(cacheCapacity);
  }

  SearchResults search(SearchQuery query) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, query);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException("cannot search the index", e);
    }
  }

  private SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    var kept = cache.get(reader, query);
    if (kept.isPresent()) {
      return kept.get();
    }
    SearchResults results = compute(searcher, query);
    cache.put(reader, query, results);
    return results;
  }

  private SearchResults compute(IndexSearcher searcher, SearchQuery query) throws IOException {
    if (searcher.getIndexReader().numDocs() == 0) {
      return new SearchResults(0, List.of(), List.of());
    }
    Query words = parse(query.text());
    Query full = withFilters(words, query);
    // Two passes, because one would score every match: the facets (and the exact total) only need
    // which documents match, and the top hits need scores only where a document can still make the
    // top, which lets Lucene skip whole blocks of postings (block-max WAND) on broad queries.
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    FacetOrdinals.Counts counts = ordinals.count(searcher, full, state);
    TopDocs top = searcher.search(full, new TopScoreDocCollectorManager(query.limit(), null, query.limit()));
    List<SearchHit> hits = hits(searcher, words, top);
    List<Facet> facets = FacetOrdinals.facets(state, counts, IndexedFields.DIMENSIONS,
        dim -> IndexedFields.facetLabels(dim, FACET_LABELS));
    return new SearchResults(counts.total(), hits, facets);
  }

  private Query parse(String text) {
    if (text.isBlank() || text.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | IllegalArgumentException e) {
      // Text that is not valid query syntax ("rights (2017") is searched as plain words.
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new StoreException("cannot search for \"" + text + "\"", again);
      }
    }
  }

  private static Query withFilters(Query words, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    if (q.country() != null) {
      b.add(new TermQuery(new Term(IndexedFields.COUNTRY_KEY, q.country().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }
    if (q.kind() != null) {
      b.add(new TermQuery(new Term(IndexedFields.KIND_KEY, q.kind().name())), BooleanClause.Occur.FILTER);
    }
    if (q.publisher() != null) {
      b.add(new TermQuery(new Term(IndexedFields.PUBLISHER_KEY, IndexedFields.publisherKey(q.publisher()))),
          BooleanClause.Occur.FILTER);
    }
    if (q.language() != null) {
      b.add(new TermQuery(IndexedFields.languageTerm(q.language())), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : IndexedFields.day(q.from());
      long to = q.to() == null ? Long.MAX_VALUE : IndexedFields.day(q.to());
      b.add(LongPoint.newRangeQuery(IndexedFields.DAY, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query words, TopDocs top) throws IOException {
    SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter()).withScorer(SCORER).withMaxLength(200_000));
    Object[] snippets = top.scoreDocs.length == 0 ? new Object[0] : highlighter.snippets(words, docIds(top));
    List<SearchHit> hits = new ArrayList<>();
    var stored = searcher.storedFields();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      // The text, the largest field by far, was read by the highlighter: it is read again only for a
      // hit without a highlighted passage.
      var doc = stored.document(sd.doc, SHOWN);
      String published = doc.get(IndexedFields.PUBLISHED);
      Snippet snippet = snippets[i] instanceof Snippet s ? s
          : leading(stored.document(sd.doc, Set.of(IndexedFields.TEXT)).get(IndexedFields.TEXT));
      hits.add(new SearchHit(doc.get(IndexedFields.ID), doc.get(IndexedFields.TITLE), doc.get(IndexedFields.PUBLISHER),
          IndexedFields.kind(doc.get(IndexedFields.KIND)), published == null ? null : LocalDate.parse(published),
          doc.get(IndexedFields.SOURCE), sd.score, snippet));
    }
    return hits;
  }

  /** Opens up the highlighter's object form, so that snippets come back as records, not marked-up strings. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] snippets(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {IndexedFields.TEXT}, query, docIds, new int[] {2})
          .get(IndexedFields.TEXT);
    }
  }

  private static int[] docIds(TopDocs top) {
    int[] ids = new int[top.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = top.scoreDocs[i].doc;
    }
    return ids;
  }

  /** The opening of a text, for hits without a highlighted passage (a match in the title only). */
  private static Snippet leading(@Nullable String text) {
    String t = text == null ? "" : text.replace('\n', ' ');
    if (t.length() > 200) {
      int cut = t.lastIndexOf(' ', 200);
      t = t.substring(0, cut > 100 ? cut : 200) + " …";
    }
    return new Snippet(t, List.of());
  }

  private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached == null || cached.reader() != reader) {
      cached = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, IndexedFields.facetsConfig()));
      facetState = cached;
    }
    return cached.state();
  }
}
