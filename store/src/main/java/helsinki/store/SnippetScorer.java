package helsinki.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, times a boost for passages near the start), computed
 * without the hash table Lucene makes for every candidate passage: that table allocates a 32 KB block
 * each time, which was a fifth of highlighting a broad query's hits. A passage holds a handful of
 * distinct terms, so they are found by comparing them in turn. The terms are summed in the order of
 * their first match, as Lucene's are, so that the scores, and the passages chosen, are the same.
 */
final class SnippetScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    List<BytesRef> terms = new ArrayList<>(4);
    int[] inPassage = new int[matches];
    int[] inDoc = new int[matches];
    for (int i = 0; i < matches; i++) {
      BytesRef term = passage.getMatchTerms()[i];
      int index = terms.indexOf(term);
      if (index < 0) {
        index = terms.size();
        terms.add(term);
        inDoc[index] = passage.getMatchTermFreqsInDoc()[i];
      }
      inPassage[index]++;
    }
    double score = 0d;
    for (int i = 0; i < terms.size(); i++) {
      score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
