package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import helsinki.core.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeContextTest {

  private static final LocalDate ANCHOR = LocalDate.of(2014, 6, 11);

  private static TimeExpression at(String text, String words, TimexType type, String value) {
    int start = text.indexOf(words);
    return new TimeExpression(words, new Span(start, start + words.length()), type, value, null, null);
  }

  @Test
  void an_anaphoric_date_counts_from_the_date_before_it_and_gets_its_days() {
    String text = "He was detained on May 3 and released the next day.";
    List<TimeExpression> times = List.of(at(text, "May 3", TimexType.DATE, "2014-05-03"),
        at(text, "the next day", TimexType.DATE, "2014-06-12"));
    assertThat(TimeContext.resolve(times, List.of(), text, ANCHOR))
        .extracting(TimeExpression::timex, TimeExpression::start)
        .containsExactly(tuple("2014-05-03", null), tuple("2014-05-04", LocalDate.of(2014, 5, 4)));
  }

  @Test
  void without_a_date_before_it_an_anaphoric_date_counts_from_the_anchor() {
    String text = "A year earlier, the town was calm.";
    List<TimeExpression> times = List.of(at(text, "A year earlier", TimexType.DATE, "2013-06-11"));
    assertThat(TimeContext.resolve(times, List.of(), text, ANCHOR)).extracting(TimeExpression::timex).containsExactly("2013");
  }

  @Test
  void a_month_in_a_past_tense_sentence_is_the_last_one() {
    String text = "Troops visited in December.";
    Sentence sentence = new Sentence(new Span(0, text.length()), List.of(
        new Token("Troops", new Span(0, 6), "troops", "NNS"), new Token("visited", new Span(7, 14), "visit", "VBD"),
        new Token("in", new Span(15, 17), "in", "IN"), new Token("December", new Span(18, 26), "December", "NNP"),
        new Token(".", new Span(26, 27), ".", ".")));
    List<TimeExpression> times = List.of(at(text, "December", TimexType.DATE, "2014-12"));
    assertThat(TimeContext.resolve(times, List.of(sentence), text, ANCHOR))
        .extracting(TimeExpression::timex, TimeExpression::start)
        .containsExactly(tuple("2013-12", LocalDate.of(2013, 12, 1)));
  }

  @Test
  void frequencies_and_fiscal_years_take_in_the_words_timeml_puts_inside() {
    String text = "The council meets once a month and cut spending in fiscal 2013.";
    List<TimeExpression> times = List.of(at(text, "once", TimexType.DATE, "PAST_REF"),
        at(text, "a month", TimexType.DURATION, "P1M"), at(text, "2013", TimexType.DATE, "FY2013"));
    assertThat(TimeContext.resolve(times, List.of(), text, ANCHOR))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::timex)
        .containsExactly(tuple("once a month", TimexType.SET, "P1M"), tuple("fiscal 2013", TimexType.DATE, "FY2013"));
  }

  @Test
  void a_month_shares_the_year_written_after_its_partner() {
    String text = "Bloggers were detained in June and July 2018.";
    List<TimeExpression> times = List.of(at(text, "June", TimexType.DATE, "2014-06"), at(text, "July 2018", TimexType.DATE, "2018-07"));
    assertThat(TimeContext.resolve(times, List.of(), text, ANCHOR)).extracting(TimeExpression::timex)
        .containsExactly("2018-06", "2018-07");
  }

  @Test
  void a_range_of_years_is_two_dates() {
    String text = "A repeat of the 2007-08 food crisis was feared.";
    List<TimeExpression> times = List.of(at(text, "2007-08", TimexType.DURATION, "PT8760H"));
    assertThat(TimeContext.resolve(times, List.of(), text, ANCHOR))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::timex)
        .containsExactly(tuple("2007", TimexType.DATE, "2007"), tuple("08", TimexType.DATE, "2008"));
  }

  @Test
  void half_an_hour_is_thirty_minutes() {
    String text = "The interview lasted half an hour.";
    List<TimeExpression> times = List.of(at(text, "an hour", TimexType.DURATION, "PT1H"));
    assertThat(TimeContext.resolve(times, List.of(), text, ANCHOR))
        .extracting(TimeExpression::text, TimeExpression::timex).containsExactly(tuple("half an hour", "PT30M"));
  }
}
