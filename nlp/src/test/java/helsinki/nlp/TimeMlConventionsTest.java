package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.TimexType;
import helsinki.nlp.TimeMlConventions.Tense;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeMlConventionsTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2013, 3, 20);

  @ParameterizedTest(name = "{0} ({1} {2}) -> {5} {6}")
  @CsvSource(nullValues = "null", textBlock = """
      # words,                  SUTime type, SUTime value, words before, tense,   TimeML type, TimeML value
      two years ago,            DATE,     2011-03-20,   'was named ',    PAST,    DATE,     2011
      three months ago,         DATE,     2012-12-20,   '',              UNKNOWN, DATE,     2012-12
      two weeks ago,            DATE,     2013-03-06,   '',              UNKNOWN, DATE,     2013-W10
      a decade ago,             DATE,     2003-03-20,   '',              UNKNOWN, DATE,     200
      five days ago,            DATE,     2013-03-15,   '',              UNKNOWN, DATE,     2013-03-15
      several years ago,        DATE,     2012-03-20,   '',              UNKNOWN, DATE,     PAST_REF
      a few weeks ago,          DATE,     2013-03-13,   '',              UNKNOWN, DATE,     PAST_REF
      two decades,              DURATION, P20Y,         'lasted ',       UNKNOWN, DURATION, P2DE
      decades,                  DURATION, PXY,          'for ',          UNKNOWN, DURATION, PXDE
      centuries,                DURATION, PXY,          'for ',          UNKNOWN, DURATION, PXCE
      the next three quarters,  DURATION, P9M,          'in ',           UNKNOWN, DURATION, P3Q
      quarterly,                SET,      P3M,          'dividend ',     UNKNOWN, SET,      P1Q
      the past year,            DATE,     2013,         'over ',         UNKNOWN, DURATION, P1Y
      the coming months,        DATE,     2013-04,      'in ',           UNKNOWN, DURATION, PXM
      recent weeks,             DATE,     PAST_REF,     'in ',           UNKNOWN, DURATION, PXW
      the last quarter,         DATE,     2013-Q1,      'in ',           UNKNOWN, DATE,     2012-Q4
      a year,                   DURATION, P1Y,          'meets twice ',  UNKNOWN, SET,      P1Y
      three times a week,       DURATION, P1W,          '',              UNKNOWN, SET,      P1W
      2012,                     DATE,     2012,         'in fiscal ',    UNKNOWN, DATE,     FY2012
      2012,                     DATE,     2012,         'fiscal year ',  UNKNOWN, DATE,     FY2012
      2012,                     DATE,     2012,         'in ',           UNKNOWN, DATE,     2012
      Saturday evening,         TIME,     2013-03-23TEV, 'killed ',      PAST,    TIME,     2013-03-16TEV
      the weekend,              DATE,     2013-W12-WE,  'over ',         PAST,    DATE,     2013-W11-WE
      Monday,                   DATE,     2013-03-18,   'meet on ',      FUTURE,  DATE,     2013-03-25
      Monday,                   DATE,     2013-03-18,   'met on ',       UNKNOWN, DATE,     2013-03-18
      next Monday,              DATE,     2013-03-25,   '',              PAST,    DATE,     2013-03-25
      two years,                DURATION, P2Y,          'for ',          PAST,    DURATION, P2Y
      years ago,                DATE,     2012,         'closed ',       PAST,    DATE,     PAST_REF
      decades ago,              DATE,     200,          'founded ',      PAST,    DATE,     PAST_REF
      the next decade,          DATE,     202,          'open for ',     UNKNOWN, DURATION, P1DE
      the next decade,          DATE,     202,          'change in ',    UNKNOWN, DATE,     202
      the last decade,          DATE,     201,          'fallen in ',    PAST,    DURATION, P1DE
      early 1990s,              SET,      199,          'in the ',       PAST,    DATE,     199
      this past weekend,        DATE,     2013-W12-WE,  'place ',        PAST,    DATE,     2013-W11-WE
      """)
  void sutime_values_are_rewritten_as_timeml_prescribes(String words, TimexType type, String value, String before,
      Tense tense, TimexType timeMlType, String timeMlValue) {
    assertThat(TimeMlConventions.apply(words, type, value, before, WEDNESDAY, tense))
        .isEqualTo(new TimeMlConventions.Value(timeMlType, timeMlValue));
  }
}
