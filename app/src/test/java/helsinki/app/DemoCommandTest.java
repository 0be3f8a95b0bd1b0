package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir Path dir;

  @Test
  void demo_loads_its_corpus_into_a_fresh_library_and_shows_a_summary_and_a_search() {
    Path empty = dir.resolve("no-examples");
    Cli first = Cli.run("demo", "--no-serve", "--data", dir.toString(), "--examples", empty.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Ingested 12 inputs: 11 new").contains("1 near-duplicate").contains("0 failed")
        .contains("Documents:  12").contains("documents found for \"detained\"").contains("Facets:");

    Cli again = Cli.run("demo", "--no-serve", "--data", dir.toString(), "--examples", empty.toString());
    assertThat(again.out()).as("a fresh library each time").contains("Ingested 12 inputs: 11 new");
  }

  @Test
  void demo_adds_the_shared_examples_when_they_exist() {
    Path examples = Path.of(System.getProperty("helsinki.shared", "../shared"), "examples");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "no ../shared/examples here");
    Cli r = Cli.run("demo", "--no-serve", "--data", dir.toString(), "--examples", examples.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ingested 14 inputs");
  }

  @Test
  void demo_refuses_to_empty_a_folder_it_did_not_make() throws IOException {
    Files.createDirectories(dir.resolve("demo"));
    Files.writeString(dir.resolve("demo/precious.txt"), "user data", StandardCharsets.UTF_8);
    Cli r = Cli.run("demo", "--no-serve", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("refusing to empty it");
    assertThat(Files.exists(dir.resolve("demo/precious.txt"))).isTrue();
  }

  @Test
  void demo_serves_the_library_it_loaded_and_prints_the_url() throws Exception {
    Path empty = dir.resolve("no-examples");
    Served served = Served.start("demo", "--port", "0", "--data", dir.toString(), "--examples", empty.toString());
    try {
      assertThat(served.output()).contains("Ingested 12 inputs");
      java.net.http.HttpResponse<String> page = served.get("/search?q=detained");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<mark>detained</mark>");
    } finally {
      assertThat(served.stop()).isZero();
    }
  }
}
