package helsinki.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.jspecify.annotations.Nullable;

/**
 * Counts the facets of a search from each segment's facet ordinals held in plain arrays, read once
 * per segment from its doc values. The counts and their order are those of Lucene's
 * SortedSetDocValuesFacetCounts (count descending, then label order), but a broad query that
 * matches most of the library no longer decodes every match's doc values again on each search: that
 * decoding was most of the counting. Thread-safe; a segment's arrays are dropped when it closes.
 */
final class FacetOrdinals {

  /** One segment's ordinals: document d holds {@code ords[starts[d]] … ords[starts[d + 1] - 1]}. */
  private record Segment(int[] starts, int[] ords, int valueCount) {}

  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  /** What one pass over the matches of a query found: how many there are and each facet ordinal's count. */
  record Counts(long total, int[] counts) {}

  /**
   * Counts the facets of the documents that {@code query} matches in one pass that neither scores them
   * nor keeps a set of them.
   */
  Counts count(IndexSearcher searcher, Query query, SortedSetDocValuesReaderState state) throws IOException {
    int[] counts = new int[state.getSize()];
    SortedSetDocValues values = state.getDocValues();
    // Over several segments, the reader's ordinals are mapped from each segment's (as Lucene's counts do).
    OrdinalMap map = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    Counting counting = new Counting(state.getField(), counts, map);
    searcher.search(query, counting);
    return new Counts(counting.total, counts);
  }

  /** The top {@code top(dim)} labels of each dimension with their counts. */
  static List<Facet> facets(SortedSetDocValuesReaderState state, Counts counts, String[] dimensions,
      ToIntFunction<String> top) throws IOException {
    SortedSetDocValues values = state.getDocValues();
    List<Facet> facets = new ArrayList<>();
    for (String dim : dimensions) {
      facets.add(new Facet(dim, top(state, values, counts.counts(), dim, top.applyAsInt(dim))));
    }
    return facets;
  }

  /** Adds each match's ordinals to the counts: by segment ordinal, mapped to the reader's at the segment's end. */
  private final class Counting extends SimpleCollector {
    private final String field;
    private final int[] counts;
    private final @Nullable OrdinalMap map;
    private long total;
    private int[] starts = new int[1];
    private int[] ords = new int[0];
    private int[] local = new int[0];
    private @Nullable LongValues global;

    Counting(String field, int[] counts, @Nullable OrdinalMap map) {
      this.field = field;
      this.counts = counts;
      this.map = map;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      Segment s = segment(context.reader(), field);
      starts = s.starts();
      ords = s.ords();
      global = map == null ? null : map.getGlobalOrds(context.ord);
      local = global == null ? counts : new int[s.valueCount()];
    }

    @Override
    public void collect(int doc) {
      total++;
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        local[ords[i]]++;
      }
    }

    @Override
    public void finish() {
      LongValues g = global;
      if (g != null) {
        for (int o = 0; o < local.length; o++) {
          if (local[o] > 0) {
            counts[(int) g.get(o)] += local[o];
          }
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static List<LabelCount> top(SortedSetDocValuesReaderState state, SortedSetDocValues values, int[] counts,
      String dim, int n)
      throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return List.of();
    }
    List<Integer> ords = new ArrayList<>();
    for (int o = range.start; o <= range.end; o++) {
      if (counts[o] > 0) {
        ords.add(o);
      }
    }
    // Ties go to the lower ordinal, that is the label first in byte order, as in Lucene's own counts.
    ords.sort(Comparator.comparingInt((Integer o) -> counts[o]).reversed().thenComparingInt(o -> o));
    List<LabelCount> labels = new ArrayList<>();
    for (int o : ords.subList(0, Math.min(n, ords.size()))) {
      BytesRef term = values.lookupOrd(o);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      labels.add(new LabelCount(path[path.length - 1], counts[o]));
    }
    return labels;
  }

  private Segment segment(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field);
    }
    Segment cached = segments.get(helper.getKey());
    if (cached == null) {
      cached = read(reader, field);
      if (segments.putIfAbsent(helper.getKey(), cached) == null) {
        helper.addClosedListener(segments::remove);
      }
    }
    return cached;
  }

  private static Segment read(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    int[] starts = new int[maxDoc + 1];
    SortedSetDocValues dv = reader.getSortedSetDocValues(field);
    if (dv == null) {
      return new Segment(starts, new int[0], 0);
    }
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    int next = 0;
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      while (next <= d) {
        starts[next++] = n;
      }
      for (int i = 0, count = dv.docValueCount(); i < count; i++) {
        if (n == ords.length) {
          ords = Arrays.copyOf(ords, n * 2);
        }
        ords[n++] = (int) dv.nextOrd();
      }
    }
    while (next <= maxDoc) {
      starts[next++] = n;
    }
    return new Segment(starts, Arrays.copyOf(ords, n), (int) dv.getValueCount());
  }
}
