package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UprCsvTest {

  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path csv = dir.resolve("recs.csv");
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    return csv;
  }

  @Test
  void quoted_fields_keep_their_commas_quotes_and_line_breaks() throws Exception {
    Path csv = write("To,Text,From,Response,Action,Issue,Session\n"
        + "Utopia,\"Free the \"\"Twelve\"\", now,\nand fully\",Arcadia,Noted,5,\"Detention,Justice\",17\n"
        + "Utopia,Consider a plan,Arcadia,Accepted,3,National plan of action,2\n");
    var recs = UprCsv.read(csv);
    assertThat(recs).hasSize(2);
    assertThat(recs.get(0).text()).isEqualTo("Free the \"Twelve\", now,\nand fully");
    assertThat(recs.get(0).themes()).containsExactly("Detention", "Justice");
    assertThat(recs.get(0).accepted()).isFalse();
    assertThat(recs.get(0).session()).isEqualTo(17);
    assertThat(recs.get(1).action()).isEqualTo(3);
    assertThat(recs.get(1).accepted()).isTrue();
  }

  @Test
  void a_file_without_the_columns_is_refused_naming_the_file_and_the_column() throws Exception {
    Path csv = write("To,Text\nUtopia,Ratify\n");
    assertThatThrownBy(() -> UprCsv.read(csv)).isInstanceOf(InputException.class)
        .hasMessageContaining(csv.toString()).hasMessageContaining("no column From");
  }

  @Test
  void a_row_with_a_non_numeric_session_is_refused_naming_its_line() throws Exception {
    Path csv = write("To,Text,From,Response,Action,Issue,Session\nUtopia,Ratify,Arcadia,Noted,5,Justice,soon\n");
    assertThatThrownBy(() -> UprCsv.read(csv)).isInstanceOf(InputException.class).hasMessageContaining("row 2");
  }

  @Test
  void a_file_cut_inside_a_quote_is_refused() throws Exception {
    Path csv = write("To,Text,From,Response,Action,Issue,Session\nUtopia,\"Ratify");
    assertThatThrownBy(() -> UprCsv.read(csv)).isInstanceOf(InputException.class).hasMessageContaining("cut short");
  }

  @Test
  void the_checksum_is_the_sha256_of_the_bytes() throws Exception {
    assertThat(UprCsv.sha256(write("abc"))).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
