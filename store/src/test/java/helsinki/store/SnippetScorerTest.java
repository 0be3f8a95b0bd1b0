package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {

  @Test
  void scores_every_passage_exactly_as_lucenes_passage_scorer_does() {
    PassageScorer lucene = new PassageScorer();
    SnippetScorer ours = new SnippetScorer();
    Random random = new Random(11);
    String[] words = {"detained", "journalist", "releas", "tortur", "minsk", "lawyer"};
    for (int n = 0; n < 2000; n++) {
      Passage p = new Passage();
      int start = random.nextInt(5000);
      p.setStartOffset(start);
      p.setEndOffset(start + 500 + random.nextInt(200));
      int at = start;
      for (int m = random.nextInt(12); m >= 0; m--) {
        at += 1 + random.nextInt(40);
        int w = random.nextInt(words.length);
        // Lucene gives each match its term's frequency in the document: the same for every match of a term.
        p.addMatch(at, at + words[w].length(), new BytesRef(words[w]), 1 + w * 3);
      }
      int contentLength = p.getEndOffset() + random.nextInt(20_000);
      assertThat(ours.score(p, contentLength)).isEqualTo(lucene.score(p, contentLength));
    }
  }

  @Test
  void a_passage_without_matches_scores_nothing() {
    Passage p = new Passage();
    p.setStartOffset(10);
    p.setEndOffset(50);
    assertThat(new SnippetScorer().score(p, 100)).isZero();
  }
}
