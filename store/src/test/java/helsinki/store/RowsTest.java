package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stored dates read back without the date-time formatter, exactly as it reads them. */
class RowsTest {

  @Test
  void a_stored_date_reads_back_as_the_date_written() {
    for (LocalDate d : new LocalDate[] {LocalDate.of(2021, 3, 2), LocalDate.of(1999, 12, 31), LocalDate.of(2024, 2, 29)}) {
      assertThat(Rows.date(Rows.date(d))).isEqualTo(d).isEqualTo(LocalDate.parse(d.toString()));
    }
    assertThat(Rows.date((String) null)).isNull();
  }

  @Test
  void a_date_that_is_not_one_fails_as_the_formatter_fails() {
    assertThatThrownBy(() -> Rows.date("2021-13-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Rows.date("2021-02-30")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Rows.date("2021-1-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Rows.date("20a1-01-01")).isInstanceOf(DateTimeException.class);
  }
}
