package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip files that inflate far beyond their size. The text limit is left at its default here, so
 * that the zip-bomb guard, and not the text limit, is what stops them.
 */
class ZipBombTest {

  private static final Ingester ingester = new Ingester(withDefaultTextLimit());

  @TempDir Path dir;

  @Test
  void a_docx_zip_bomb_is_stopped() throws IOException {
    byte[] bomb = Fixtures.docxBomb(64);
    Path file = Files.write(dir.resolve("bomb.docx"), bomb);
    assertThat(bomb.length).isLessThan(1 << 20); // it passes the size limit; only its expansion is hostile

    assertThatThrownBy(() -> ingester.read(file)).hasMessage(file + ": cannot be parsed as DOCX: looks like a zip bomb (it expands far beyond its size)");
  }

  @Test
  void an_odt_zip_bomb_is_stopped() throws IOException {
    byte[] bomb = Fixtures.odtBomb(64);
    Path file = Files.write(dir.resolve("bomb.odt"), bomb);
    assertThat(bomb.length).isLessThan(1 << 20);

    assertThatThrownBy(() -> ingester.read(file)).hasMessage(file + ": cannot be parsed as ODT: looks like a zip bomb (it expands far beyond its size)");
  }

  private static IngestSettings withDefaultTextLimit() {
    IngestSettings s = Fixtures.settings();
    return new IngestSettings(
        s.maxBytes(), IngestSettings.defaults().maxChars(), s.parseTimeout(), s.connectTimeout(), s.readTimeout(), s.maxRedirects(), s.userAgent());
  }
}
