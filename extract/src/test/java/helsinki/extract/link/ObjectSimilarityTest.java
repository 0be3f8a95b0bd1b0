package helsinki.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectSimilarityTest {

  @Test
  void shared_content_words_make_objects_alike_whatever_their_plurals_and_function_words() {
    double s = ObjectSimilarity.lexical().of("members of the country's civil society", "any of the civil society leaders");
    assertThat(s).isGreaterThan(ObjectSimilarity.LEXICAL_FLOOR);
    assertThat(ObjectSimilarity.words("leaders", "leader")).isEqualTo(1.0);
  }

  @Test
  void objects_about_different_things_fall_below_the_floor() {
    ObjectSimilarity lexical = ObjectSimilarity.lexical();
    assertThat(lexical.of("the foreign agents law", "the president and the prime minister")).isLessThan(lexical.floor());
  }

  @Test
  void an_unknown_object_is_like_nothing() {
    assertThat(ObjectSimilarity.lexical().of(null, "anything")).isZero();
  }

  @Test
  void embeddings_give_their_dot_product_clamped_to_zero() {
    ObjectSimilarity s = new ObjectSimilarity(t -> t.startsWith("a") ? new float[] {0.6f, 0.8f} : new float[] {-1, 0});
    assertThat(s.of("a", "ab")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(s.of("a", "b")).isZero();
  }
}
