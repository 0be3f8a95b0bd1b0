package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.nlp.Tenses.Tense;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearChoiceTest {

  private static final LocalDate JUNE = LocalDate.of(2014, 6, 11);

  @ParameterizedTest(name = "{0} ({1}, {2}) -> {3}")
  @CsvSource(textBlock = """
      # words,            SUTime value, tense,   value
      March,              2014-03,      PAST,    2014-03
      September,          2014-09,      PAST,    2013-09
      September,          2013-09,      FUTURE,  2014-09
      January,            2014-01,      PRESENT, 2015-01
      January,            2014-01,      UNKNOWN, 2014-01
      July 2,             2014-07-02,   PAST,    2013-07-02
      June 30,            2014-06-30,   PAST,    2013-06-30
      June 30,            2014-06-30,   PRESENT, 2014-06-30
      Feb. 3,             2014-02-03,   PRESENT, 2015-02-03
      the third quarter,  2014-Q3,      PAST,    2013-Q3
      the third quarter,  2014-Q3,      UNKNOWN, 2013-Q3
      the first quarter,  2014-Q1,      FUTURE,  2015-Q1
      the second half,    2014-H2,      FUTURE,  2014-H2
      the autumn,         2014-FA,      PAST,    2013-FA
      the spring,         2014-SP,      FUTURE,  2015-SP
      the winter,         2014-WI,      PAST,    2013-WI
      """)
  void a_date_without_a_year_lies_on_the_side_of_the_anchor_that_the_tense_points_to(String words, String value,
      Tense tense, String chosen) {
    assertThat(YearChoice.applies(words)).isTrue();
    assertThat(YearChoice.choose(value, JUNE, tense)).isEqualTo(chosen);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      March 2011
      last March
      next summer
      Monday
      the fourth quarter of last year
      two years ago
      """)
  void dates_with_a_year_or_a_relative_word_are_left_alone(String words) {
    assertThat(YearChoice.applies(words)).isFalse();
  }
}
