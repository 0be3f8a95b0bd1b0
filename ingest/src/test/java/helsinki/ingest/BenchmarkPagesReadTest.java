package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real pages written by others (the article-extraction benchmark, read from the shared folder,
 * never copied into the repository): every one must be recognised as HTML and decoded without a
 * single replacement character. All 181 are UTF-8 and 42 do not say so, so this guards the
 * undeclared path: detection must not talk valid UTF-8 into a legacy charset.
 */
class BenchmarkPagesReadTest {

  @Test
  void every_benchmark_page_reads_as_html_without_replacement_characters() throws Exception {
    Path pages = Path.of(System.getProperty("helsinki.shared", "../shared"), "datasets/article-extraction-benchmark/html");
    Assumptions.assumeTrue(Files.isDirectory(pages), "the shared data sets are not next to the project");
    ContentReader reader = new ContentReader(IngestSettings.defaults());
    List<String> problems = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.list(pages)) {
      for (Path page : files.sorted().toList()) {
        String name = page.getFileName().toString().replace(".gz", "");
        RawContent raw = reader.read(name, gunzip(page), null, null);
        if (!(raw instanceof RawContent.Html html)) {
          problems.add(name + " read as " + raw.getClass().getSimpleName());
        } else if (html.dom().text().indexOf('\uFFFD') >= 0) {
          problems.add(name + " has replacement characters");
        }
        read++;
      }
    }

    assertThat(read).isEqualTo(181);
    assertThat(problems).isEmpty();
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
