package helsinki.bench.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  @Test
  void the_same_seed_and_number_give_the_same_document() {
    assertThat(new CorpusGenerator(7).document(123)).isEqualTo(new CorpusGenerator(7).document(123));
    assertThat(new CorpusGenerator(7).document(123)).isNotEqualTo(new CorpusGenerator(8).document(123));
  }

  @Test
  void documents_are_several_hundred_words_and_carry_their_own_reference() {
    for (int i = 0; i < 50; i++) {
      CorpusGenerator.GeneratedFile f = new CorpusGenerator(1).document(i);
      int words = f.content().split("\\s+").length;
      assertThat(words).as(f.name()).isBetween(150, 1200);
      assertThat(f.content()).contains(CorpusGenerator.reference(i));
    }
  }

  @Test
  void percentiles_pick_the_nearest_rank() {
    long[] micros = new long[100];
    for (int i = 0; i < 100; i++) {
      micros[i] = (i + 1) * 1000L;
    }
    assertThat(Bench.percentiles(micros)).isEqualTo("50.0 ms / 99.0 ms");
  }
}
