package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Analysis;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter written for this test, read from a file by the real Ingester and Analyzer. */
class AnalyzerActorsTest {

  private final Analyzer analyzer = new Analyzer(new Ingester(IngestSettings.defaults()));

  @Test
  void a_letters_addressee_and_signatory_become_entities_and_the_addressee_is_listed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("letter.txt");
    Files.writeString(file, "June 3, 2019\n\nThe Honorable Jane M. Okafor\nMinister of Foreign Affairs\n\n"
        + "Dear Minister Okafor:\n\nWe write before your visit to Caracas. As Minister of Foreign Affairs, you can ask for "
        + "the release of the students held since May.\n\nRespectfully,\n\nTomás Rivera, Executive Director", StandardCharsets.UTF_8);
    Analysis a = analyzer.analyze(file);
    Entity addressee = a.entities().stream().filter(e -> a.addressees().contains(e.id())).findFirst().orElseThrow();
    assertThat(addressee.type()).isEqualTo(EntityType.PERSON);
    assertThat(addressee.name()).isEqualTo("Jane M. Okafor");
    assertThat(addressee.aliases()).contains("Minister Okafor", "Okafor");
    assertThat(addressee.roles()).containsExactly("Minister of Foreign Affairs");
    assertThat(addressee.mentions()).isNotEmpty();
    assertThat(a.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("Tomás Rivera");
      assertThat(e.roles()).containsExactly("Executive Director");
    });
    assertThat(a.published()).hasToString("2019-06-03");
  }
}
