package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTableTest {

  private final PublisherTable builtIn = PublisherTable.builtIn();

  @Test
  void a_url_host_or_its_parent_domain_names_the_organisation() {
    assertThat(builtIn.forUrl("https://www.amnesty.org/en/latest/news/2021/")).contains("Amnesty International");
    assertThat(builtIn.forUrl("https://news.un.org/en/story/2020/01/1")).contains("UN News");
    assertThat(builtIn.forUrl("https://press.ohchr.org/x")).contains("Office of the UN High Commissioner for Human Rights (OHCHR)");
    assertThat(builtIn.forUrl("https://unknown-ngo.example.net/x")).isEmpty();
    assertThat(builtIn.forUrl("examples/letter.txt")).isEmpty();
  }

  @Test
  void a_users_file_adds_domains_and_signatories_and_overrides_built_in_entries(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(PublisherTable.FILE_NAME);
    Files.writeString(file, "# mine\nruralrights.example.org\tCenter for Rural Rights\nMarta Quiroa\tCenter for Rural Rights\n"
        + "hrw.org\tHRW\n", StandardCharsets.UTF_8);
    PublisherTable table = builtIn.withFile(file);
    assertThat(table.forUrl("https://ruralrights.example.org/a")).contains("Center for Rural Rights");
    assertThat(table.forSignatory("MARTA  QUIROA")).contains("Center for Rural Rights");
    assertThat(table.forUrl("https://www.hrw.org/news")).contains("HRW");
  }

  @Test
  void a_missing_users_file_adds_nothing(@TempDir Path dir) throws Exception {
    assertThat(builtIn.withFile(dir.resolve("absent.tsv")).forUrl("https://www.hrw.org/x")).contains("Human Rights Watch");
  }

  @Test
  void a_malformed_line_is_a_clear_error_naming_the_file_and_line(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(PublisherTable.FILE_NAME);
    Files.writeString(file, "ok.example.org\tOK\nno tab on this line\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> builtIn.withFile(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 2");
  }
}
