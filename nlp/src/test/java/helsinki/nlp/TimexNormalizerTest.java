package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexNormalizerTest {

  private static final LocalDate LETTER = LocalDate.of(2017, 4, 7);

  @ParameterizedTest(name = "{0} {1} {2} -> {3}..{4}")
  @CsvSource(nullValues = "null", textBlock = """
      # value,      type,     modifier, start,      end
      2017-04-05,   DATE,     NONE,     2017-04-05, 2017-04-05
      2017-04-12,   DATE,     NONE,     2017-04-12, 2017-04-12
      2017-03,      DATE,     NONE,     2017-03-01, 2017-03-31
      2017-02,      DATE,     NONE,     2017-02-01, 2017-02-28
      2017-03,      DATE,     LATE,     2017-03-21, 2017-03-31
      2017-03,      DATE,     EARLY,    2017-03-01, 2017-03-10
      2017-03,      DATE,     MID,      2017-03-11, 2017-03-20
      2017-02,      DATE,     LATE,     2017-02-21, 2017-02-28
      2016,         DATE,     NONE,     2016-01-01, 2016-12-31
      2016,         DATE,     LATE,     2016-09-01, 2016-12-31
      2016,         DATE,     EARLY,    2016-01-01, 2016-04-30
      2017-04-08,   DATE,     EARLY,    2017-04-08, 2017-04-08
      2011,         DATE,     SINCE,    2011-01-01, 2017-04-07
      2017-W13,     DATE,     NONE,     2017-03-27, 2017-04-02
      2017-W14-WE,  DATE,     NONE,     2017-04-08, 2017-04-09
      2016-SU,      DATE,     NONE,     2016-06-01, 2016-08-31
      2016-WI,      DATE,     NONE,     2016-12-01, 2017-02-28
      2016-SP,      DATE,     NONE,     2016-03-01, 2016-05-31
      2016-FA,      DATE,     NONE,     2016-09-01, 2016-11-30
      2017-Q1,      DATE,     NONE,     2017-01-01, 2017-03-31
      2017-H2,      DATE,     NONE,     2017-07-01, 2017-12-31
      199,          DATE,     NONE,     1990-01-01, 1999-12-31
      199X,         DATE,     NONE,     1990-01-01, 1999-12-31
      19,           DATE,     NONE,     1900-01-01, 1999-12-31
      2017-04-07TMO, TIME,    NONE,     2017-04-07, 2017-04-07
      2017-04-06T20:00, TIME, NONE,     2017-04-06, 2017-04-06
      PRESENT_REF,  DATE,     NONE,     2017-04-07, 2017-04-07
      PAST_REF,     DATE,     NONE,     null,       2017-04-07
      FUTURE_REF,   DATE,     NONE,     2017-04-07, null
      P2Y,          DURATION, NONE,     2015-04-07, 2017-04-07
      P3W,          DURATION, NONE,     2017-03-17, 2017-04-07
      P1.5Y,        DURATION, NONE,     2015-04-07, 2017-04-07
      PXY,          DURATION, NONE,     null,       2017-04-07
      PT5H,         DURATION, NONE,     2017-04-07, 2017-04-07
      XXXX-03-05,   DATE,     NONE,     2017-03-05, 2017-03-05
      XXXX-WXX-5,   SET,      NONE,     null,       null
      P1W,          SET,      NONE,     null,       null
      2017-02-30,   DATE,     NONE,     null,       null
      2017-03,      DATE,     UNTIL,    null,       2017-03-31
      """)
  void timex_values_normalise_against_the_letter_date(
      String value, TimexType type, TimeModifier modifier, LocalDate start, LocalDate end) {
    assertThat(TimexNormalizer.days(value, type, modifier, LETTER)).isEqualTo(new DateRange(start, end));
  }

  @Test
  void relative_values_stay_open_without_an_anchor() {
    assertThat(TimexNormalizer.days("PAST_REF", TimexType.DATE, TimeModifier.NONE, null)).isEqualTo(DateRange.UNKNOWN);
    assertThat(TimexNormalizer.days("P2Y", TimexType.DURATION, TimeModifier.NONE, null)).isEqualTo(DateRange.UNKNOWN);
    assertThat(TimexNormalizer.days("2017-03", TimexType.DATE, TimeModifier.NONE, null))
        .isEqualTo(DateRange.of(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31)));
  }

  @Test
  void since_a_date_after_the_anchor_leaves_the_end_open() {
    assertThat(TimexNormalizer.days("2018", TimexType.DATE, TimeModifier.SINCE, LETTER))
        .isEqualTo(new DateRange(LocalDate.of(2018, 1, 1), null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2013-03-23T15:00+0000, 2013-03-23T15:00",
      "2013-03-23T15:00:10Z, 2013-03-23T15:00:10",
      "19XX, 19", "202X, 202", "2013, 2013", "XXXX-WXX-5, XXXX-WXX-5", "PXY, PXY"})
  void sutime_values_are_written_in_timeml_syntax(String sutime, String timeMl) {
    assertThat(TimexValues.timeMl(sutime)).isEqualTo(timeMl);
  }
}
