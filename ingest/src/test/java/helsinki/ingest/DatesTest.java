package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2019-11-05 | 2019-11-05",
      "2019-11-05T08:00:00Z | 2019-11-05",
      "November 5, 2019 | 2019-11-05",
      "Nov. 5, 2019 | 2019-11-05",
      "Tuesday, November 5th, 2019 | 2019-11-05",
      "5 November 2019 | 2019-11-05",
      "5th of November, 2019 | 2019-11-05",
      "05.11.2019 | 2019-11-05",
      "25/12/2018 | 2018-12-25",
      "12/25/2018 | 2018-12-25",
      "5 novembre 2019 | 2019-11-05",
      "5 de noviembre de 2019 | 2019-11-05",
      "5 de novembro de 2019 | 2019-11-05",
      "5. November 2019 | 2019-11-05",
      "1er mars 2016 | 2016-03-01",
      "5 ноября 2019 г. | 2019-11-05",
      "5 dicembre 2019 | 2019-12-05",
  })
  void dates_in_several_styles_and_languages_are_read(String text, LocalDate expected) {
    Dates.Found found = Dates.find("Issued " + text + " in Geneva");
    assertThat(found).isNotNull();
    assertThat(found.date()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"04/07/2017", "February 30, 2019", "in March 2017", "1,000 arrests in 2011", "24/7 hotline"})
  void ambiguous_impossible_or_partial_dates_are_not_read(String text) {
    assertThat(Dates.find(text)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"2021-06-30T12:00:00+02:00 | 2021-06-30", "  June 30, 2021 | 2021-06-30"})
  void a_whole_value_parses_as_one_date(String value, LocalDate expected) {
    assertThat(Dates.parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Updated on June 30, 2021", "yesterday"})
  void a_value_that_is_not_a_date_from_its_start_is_none(String value) {
    assertThat(Dates.parse(value)).isNull();
  }
}
