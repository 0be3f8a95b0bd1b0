package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class FacetOrdinalsTest {

  private static final String[] DIMS = {"publisher", "kind", "country", "year"};

  @Test
  void counts_equal_lucenes_own_over_several_segments_with_deletions_and_ties() throws IOException {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("country", true);
    Random random = new Random(5);
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(40))) {
      for (int i = 0; i < 500; i++) {
        writer.addDocument(config.build(doc(i, random)));
        if (i % 97 == 0) {
          writer.deleteDocuments(new Term("id", Integer.toString(i / 2)));
        }
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves().size()).isGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetOrdinals ordinals = new FacetOrdinals();
        for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("parity", "even")),
            new TermQuery(new Term("parity", "none")))) {
          FacetsCollector matches = searcher.search(q, new FacetsCollectorManager());
          FacetOrdinals.Counts counts = ordinals.count(searcher, q, state);
          assertThat(counts.total()).isEqualTo(searcher.count(q));
          List<Facet> ours = FacetOrdinals.facets(state, counts, DIMS, dim -> dim.equals("country") ? 300 : 3);
          assertThat(ours).isEqualTo(lucene(state, matches));
          // A second count reads the cached arrays and must agree with the first.
          assertThat(FacetOrdinals.facets(state, ordinals.count(searcher, q, state), DIMS, dim -> dim.equals("country") ? 300 : 3))
              .isEqualTo(ours);
        }
      }
    }
  }

  @Test
  void a_dimension_no_document_has_counts_nothing() throws IOException {
    FacetsConfig config = new FacetsConfig();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new SortedSetDocValuesFacetField("kind", "LETTER"));
      writer.addDocument(config.build(d));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        var state = new DefaultSortedSetDocValuesReaderState(reader, config);
        var counts = new FacetOrdinals().count(new IndexSearcher(reader), new MatchAllDocsQuery(), state);
        assertThat(FacetOrdinals.facets(state, counts, new String[] {"kind", "year"}, dim -> 10))
            .containsExactly(new Facet("kind", List.of(new LabelCount("LETTER", 1))), new Facet("year", List.of()));
      }
    }
  }

  private static Document doc(int i, Random random) {
    Document d = new Document();
    d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
    d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField("publisher", "Publisher " + random.nextInt(12)));
    d.add(new SortedSetDocValuesFacetField("kind", i % 3 == 0 ? "LETTER" : "REPORT"));
    for (int c = random.nextInt(3); c > 0; c--) {
      d.add(new SortedSetDocValuesFacetField("country", "C" + random.nextInt(30)));
    }
    if (i % 5 != 0) {
      d.add(new SortedSetDocValuesFacetField("year", Integer.toString(2000 + random.nextInt(8))));
    }
    return d;
  }

  private static List<Facet> lucene(DefaultSortedSetDocValuesReaderState state, FacetsCollector matches) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
    List<Facet> facets = new ArrayList<>();
    for (String dim : DIMS) {
      List<LabelCount> labels = new ArrayList<>();
      FacetResult r = counts.getTopChildren(dim.equals("country") ? 300 : 3, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          labels.add(new LabelCount(lv.label, lv.value.longValue()));
        }
      }
      facets.add(new Facet(dim, labels));
    }
    return facets;
  }
}
