package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

  private static final String BODY = "The court in Harare heard the case of the nurses' union on 2 May 2019 and adjourned.";

  private static LocalDate find(String url, String... paragraphs) {
    return PublicationDates.find(new PublicationDates.Evidence(List.of(paragraphs), url));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Published on 9 June 2020 | 2020-06-09",
      "Posted 12 April 2017 | 2017-04-12",
      "Date: 2018-10-01 | 2018-10-01",
      "Released Tuesday, March 3, 2015 | 2015-03-03",
      "Publié le 4 juillet 2019 | 2019-07-04",
  })
  void a_stated_date_line_is_the_publication_date(String line, LocalDate expected) {
    assertThat(find(null, "Zimbabwe: Nurses on Trial", BODY, line)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "NAIROBI (12 March 2021) – Kenyan police should stop abductions. | 2021-03-12",
      "Geneva, 5 March 2020 — The UN experts said the law breaches treaties. | 2020-03-05",
      "(Bangkok, October 4, 2022) - Thai authorities should drop charges. | 2022-10-04",
  })
  void a_dateline_at_the_head_of_a_release_is_the_publication_date(String lead, LocalDate expected) {
    assertThat(find(null, "Title of the release", lead, BODY)).isEqualTo(expected);
  }

  @Test
  void a_date_alone_at_the_head_of_a_letter_is_its_date() {
    assertThat(find(null, "Brussels, 14 January 2019", "Dear Commissioner Rossi,", BODY))
        .isEqualTo(LocalDate.of(2019, 1, 14));
  }

  @Test
  void a_date_in_the_url_path_is_the_last_resort() {
    assertThat(find("https://news.example.net/2016/08/21/sudan-flood-aid", "Sudan: Aid Blocked", BODY))
        .isEqualTo(LocalDate.of(2016, 8, 21));
  }

  @Test
  void dates_in_the_body_and_in_photo_captions_are_not_publication_dates() {
    assertThat(find(null, "Zimbabwe: Nurses on Trial", BODY,
        "Protesters gather outside the court in Harare, Zimbabwe, May 2, 2019. © 2019 Jekesai Njikizana/AFP")).isNull();
    assertThat(find(null, "Photo: Harare, May 2, 2019", BODY)).isNull();
  }

  @Test
  void a_letter_may_put_place_and_date_under_the_signature_but_other_texts_may_not() {
    assertThat(find(null, "Dear President Tokayev,", BODY, "Yours sincerely,", "Aigerim Nurlanovna", "Almaty, 21 January 2022"))
        .isEqualTo(LocalDate.of(2022, 1, 21));
    List<String> article = new java.util.ArrayList<>(java.util.Collections.nCopies(9, BODY));
    article.add(0, "Kazakhstan: Unrest");
    article.add("Almaty, 21 January 2022");
    assertThat(find(null, article.toArray(String[]::new))).isNull();
  }
}
