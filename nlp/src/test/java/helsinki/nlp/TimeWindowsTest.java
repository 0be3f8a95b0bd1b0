package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowsTest {

  private static List<TimeWindows.Window> windows(String sentence, int reach) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return TimeWindows.of(words, Collections.nCopies(words.size(), "NN"), reach);
  }

  @Test
  void a_sentence_without_a_time_or_number_word_has_no_window() {
    assertThat(windows("The police beat the protesters outside the court .", 2)).isEmpty();
  }

  @Test
  void each_time_word_keeps_its_reach_on_both_sides() {
    // "Monday" is word 7; reach 2 keeps words 5 to 9.
    assertThat(windows("The police beat the protesters outside on Monday after the vote and then left the square .", 2))
        .containsExactly(new TimeWindows.Window(5, 10));
  }

  @Test
  void windows_that_overlap_or_nearly_touch_are_joined_and_far_ones_are_not() {
    String s = "In 2011 the court heard a long appeal from the lawyers of the accused journalists and adjourned until March .";
    assertThat(windows(s, 2)).containsExactly(new TimeWindows.Window(0, 4), new TimeWindows.Window(16, 20));
    assertThat(windows("In 2011 and 2012 the court met .", 2)).containsExactly(new TimeWindows.Window(0, 6));
  }

  @Test
  void numbers_ordinals_and_cardinal_tags_anchor_a_window() {
    assertThat(TimeWindows.anchors("first", "JJ")).isTrue();
    assertThat(TimeWindows.anchors("hundreds", "NNS")).isTrue();
    assertThat(TimeWindows.anchors("XIV", "CD")).isTrue();
    assertThat(TimeWindows.anchors("3rd", "JJ")).isTrue();
    assertThat(TimeWindows.anchors("court", "NN")).isFalse();
  }
}
