package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedTimesTest {

  private static final LocalDate ANCHOR = LocalDate.of(2013, 3, 20);

  @Test
  void fiscal_years_mid_years_mid_months_and_year_end_are_added_in_text_order() {
    String text = "The budget for fiscal 2014 was cut in mid-2012, again in mid-March, and will be reviewed by year-end.";
    List<TimeExpression> times = MissedTimes.add(List.of(), text, ANCHOR);
    assertThat(times).extracting(TimeExpression::text, TimeExpression::timex, TimeExpression::start, TimeExpression::end)
        .containsExactly(
            tuple("fiscal 2014", "FY2014", LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)),
            tuple("mid-2012", "2012", LocalDate.of(2012, 5, 1), LocalDate.of(2012, 8, 31)),
            tuple("mid-March", "2013-03", LocalDate.of(2013, 3, 11), LocalDate.of(2013, 3, 20)),
            tuple("year-end", "2013", LocalDate.of(2013, 9, 1), LocalDate.of(2013, 12, 31)));
  }

  @Test
  void halves_take_the_place_of_the_year_found_inside_them() {
    String text = "Output fell in the second half of 2012 and rose in the first half.";
    TimeExpression year = new TimeExpression("2012", new Span(34, 38), TimexType.DATE, "2012", null, null);
    assertThat(MissedTimes.add(List.of(year), text, ANCHOR)).extracting(TimeExpression::text, TimeExpression::timex)
        .containsExactly(tuple("the second half of 2012", "2012-H2"), tuple("the first half", "2013-H1"));
  }

  @Test
  void each_unit_is_a_set_and_a_plain_year_before_a_noun_is_a_date() {
    String text = "The union meets each year; the 2012 elections were rigged, but 2012 people voted long ago.";
    assertThat(MissedTimes.add(List.of(), text, ANCHOR)).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::timex)
        .containsExactly(tuple("each year", TimexType.SET, "P1Y"), tuple("2012", TimexType.DATE, "2012"),
            tuple("long ago", TimexType.DATE, "PAST_REF"));
  }

  @Test
  void the_first_months_of_a_year_are_a_duration_in_place_of_the_year_inside() {
    String text = "Trade grew in the first nine months of the year.";
    TimeExpression year = new TimeExpression("the year", new Span(39, 47), TimexType.DATE, "2013", null, null);
    assertThat(MissedTimes.add(List.of(year), text, ANCHOR)).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::timex)
        .containsExactly(tuple("the first nine months of the year", TimexType.DURATION, "P9M"));
  }

  @Test
  void an_expression_sutime_already_found_is_kept_as_it_is() {
    String text = "Spending in fiscal 2014 fell.";
    TimeExpression sutime = new TimeExpression("fiscal 2014", new Span(12, 23), TimexType.DATE, "FY2014", null, null);
    assertThat(MissedTimes.add(List.of(sutime), text, ANCHOR)).containsExactly(sutime);
  }
}
