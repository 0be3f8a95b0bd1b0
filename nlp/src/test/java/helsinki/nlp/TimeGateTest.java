package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeGateTest {

  @ParameterizedTest
  @ValueSource(strings = {"He was arrested in 2011 .", "The verdict is due tomorrow .", "She spoke on Monday 's show .",
      "Talks resumed in mid-March .", "They met twice .", "The protests lasted weeks .", "It happened at the time .",
      "Two activists were detained .", "The trial opens in the spring .", "The hearing was held in Sept. ."})
  void sentences_that_can_hold_a_time_go_to_sutime(String sentence) {
    assertThat(TimeGate.mayHoldTime(Arrays.asList(sentence.split(" ")))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The police beat the protesters .", "Amnesty International called for his release .",
      "The governor denied the allegations in a statement ."})
  void sentences_without_a_digit_or_time_word_skip_sutime(String sentence) {
    assertThat(TimeGate.mayHoldTime(Arrays.asList(sentence.split(" ")))).isFalse();
  }
}
