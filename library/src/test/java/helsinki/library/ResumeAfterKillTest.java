package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Analysis;
import helsinki.core.Json;
import helsinki.store.SearchHit;
import helsinki.store.SearchQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed with SIGKILL half-way resumes where it stopped: nothing lost, nothing twice, index = store. */
class ResumeAfterKillTest {

  private static final int DOCUMENTS = 300;

  @TempDir Path dir;

  @Test
  void an_ingest_killed_mid_way_resumes_without_duplicates_and_with_the_index_equal_to_the_store() throws Exception {
    Path in = dir.resolve("in");
    TestCorpus.write(in, DOCUMENTS);
    Path data = dir.resolve("data");

    int seenBeforeKill = runAndKillAfter(data, in, 60);
    assertThat(seenBeforeKill).as("the child was killed mid-way").isBetween(60, DOCUMENTS - 1);

    try (Library library = Library.open(new LibraryLocation(data, null))) {
      long storedAfterKill = library.stats().store().documents();
      assertThat(storedAfterKill).isBetween(60L, DOCUMENTS - 1L);
      assertThat(library.stats().indexedDocuments()).as("catch-up on open").isEqualTo(storedAfterKill);

      IngestSummary resumed = library.ingest(List.of(in.toString()), IngestListener.NONE);

      assertThat(resumed.resumed()).isEqualTo((int) storedAfterKill);
      assertThat(resumed.count(IngestOutcome.NEW)).isEqualTo(DOCUMENTS - (int) storedAfterKill);
      assertThat(resumed.count(IngestOutcome.FAILED)).isZero();
      assertThat(library.stats().store().documents()).isEqualTo(DOCUMENTS);
      assertThat(library.stats().store().sources()).isEqualTo(DOCUMENTS);
      assertThat(library.stats().indexedDocuments()).isEqualTo(DOCUMENTS);

      StringWriter out = new StringWriter();
      library.export(helsinki.library.ExportFormat.JSONL, out);
      List<String> storeIds = out.toString().lines().map(l -> Json.read(l, Analysis.class).id()).sorted().toList();
      List<String> indexIds = library.search(new SearchQuery("", null, null, null, null, null, 10 * DOCUMENTS)).hits()
          .stream().map(SearchHit::id).sorted().toList();
      assertThat(storeIds).hasSize(DOCUMENTS).doesNotHaveDuplicates().isEqualTo(indexIds);
    }
  }

  /** Starts the child ingest, kills it with SIGKILL after {@code items} inputs, returns how many it reported. */
  private static int runAndKillAfter(Path data, Path in, int items) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        IngestChild.class.getName(), data.toString(), in.toString(), Integer.toString(items))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int seen = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("item ")) {
          seen++;
          if (seen == items) {
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    return seen;
  }
}
