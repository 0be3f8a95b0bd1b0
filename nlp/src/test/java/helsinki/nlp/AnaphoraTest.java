package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnaphoraTest {

  @ParameterizedTest(name = "{0} after {1} -> {2}")
  @CsvSource(nullValues = "null", textBlock = """
      the next day,       2014-05-03, 2014-05-04
      the following day,  2014-12-31, 2015-01-01
      the previous day,   2014-06-08, 2014-06-07
      the day after,      2014-06-02, 2014-06-03
      the same day,       2014-05-20, 2014-05-20
      two days later,     2014-03-15, 2014-03-17
      a month later,      2015-04,    2015-05
      a year earlier,     2013,       2012
      three years later,  2009,       2012
      three years later,  2009-06-01, 2012
      nine days later,    2014-03-15, 2014-03-24
      ten years earlier,  2010,       2000
      400 days later,     2014-01-01, 2015-02-05
      the same year,      1998,       1998
      the following year, 2011,       2012
      the next week,      2014-06-11, 2014-W25
      the next day,       2009,       null
      a month later,      2009,       null
      """)
  void an_anaphoric_date_counts_from_the_last_date_mentioned_at_its_own_granularity(String words, String reference,
      String value) {
    Anaphora.Shift shift = Anaphora.shift(words);
    assertThat(shift).isNotNull();
    assertThat(Anaphora.resolve(shift, reference)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      next month
      last year
      the day
      two years ago
      99999999999 days later
      """)
  void deictic_dates_are_no_anaphora(String words) {
    assertThat(Anaphora.shift(words)).isNull();
  }
}
