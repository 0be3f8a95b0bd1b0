package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Analysis;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.store.Facet;
import helsinki.store.LabelCount;
import helsinki.store.SearchQuery;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library that analyses what it ingests: the analysis is stored with the document, survives
 * reopening, reaches the index's country facet and the export, and can be made again.
 */
class AnalysedLibraryTest {

  private static final String LETTER = """
      Open letter to Foreign Minister Anna Lindqvist ahead of her visit to Minsk

      March 3, 2021

      Dear Minister Lindqvist:

      We write ahead of your visit to Belarus next week. Since August 2020 the Belarusian authorities have
      detained more than 30,000 peaceful protesters, and the human rights defender Ales Bialiatski remains
      in prison in Minsk. We urge you to raise his case with Foreign Minister Vladimir Makei and to meet
      with independent journalists while you are in Minsk.

      Sincerely,

      Maria Okonkwo, Director, Baltic Rights Watch
      """;

  private static Analyzer analyzer;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
  }

  @Test
  void an_ingested_document_keeps_its_analysis_and_its_countries_reach_search() throws IOException {
    Path letter = write("letter.txt", LETTER);
    LibraryLocation where = new LibraryLocation(dir.resolve("data"), null);
    String id;
    try (Library library = Library.open(where, new Ingester(IngestSettings.defaults()), 2, analyzer)) {
      IngestSummary s = library.ingest(List.of(letter.toString()), IngestListener.NONE);
      assertThat(s.count(IngestOutcome.NEW)).isEqualTo(1);
      id = library.search(SearchQuery.of("Bialiatski")).hits().get(0).id();
    }
    try (Library reopened = Library.openExisting(where)) {
      Analysis a = reopened.analysis(id).orElseThrow();
      assertThat(a.id()).isEqualTo(id);
      assertThat(a.text()).contains("Bialiatski");
      assertThat(a.countries()).contains("BY");
      assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
          .anySatisfy(n -> assertThat(n).contains("Bialiatski"));
      assertThat(a.asks()).isNotEmpty();
      assertThat(reopened.search(new SearchQuery("", "BY", null, null, null, null, 10)).hits()).hasSize(1);
      Facet countries = reopened.search(SearchQuery.of("")).facets().stream()
          .filter(f -> f.dimension().equals("country")).findFirst().orElseThrow();
      assertThat(countries.counts()).extracting(LabelCount::label).contains("BY");

      StringWriter out = new StringWriter();
      reopened.export(ExportFormat.JSONL, out);
      Analysis exported = Json.mapper().readValue(out.toString().strip(), Analysis.class);
      assertThat(exported.text()).isEqualTo(a.text());
      assertThat(exported.asks()).hasSameSizeAs(a.asks());
      // A library export names actors by their canonical ids (FORMAT.md); places keep the document's ids.
      for (Entity e : a.entities()) {
        String expected = e.type() == EntityType.PLACE ? e.id() : reopened.actorOf(id, e.id()).orElseThrow();
        assertThat(exported.entities()).extracting(Entity::id).contains(expected);
      }
    }
  }

  @Test
  void a_library_opened_without_analysis_stores_records_that_reanalysis_fills() throws IOException {
    Path letter = write("letter.txt", LETTER);
    LibraryLocation where = new LibraryLocation(dir.resolve("data"), null);
    try (Library plain = Library.open(where)) {
      plain.ingest(List.of(letter.toString()), IngestListener.NONE);
      String id = plain.search(SearchQuery.of("Bialiatski")).hits().get(0).id();
      assertThat(plain.analysis(id).orElseThrow().entities()).isEmpty();
      assertThatThrownBy(() -> plain.reanalyze(IngestListener.NONE)).isInstanceOf(IllegalStateException.class);
    }
    try (Library analysing = Library.openExisting(where, analyzer)) {
      assertThat(analysing.reanalyze(IngestListener.NONE)).isEqualTo(1);
      String id = analysing.search(new SearchQuery("", "BY", null, null, null, null, 10)).hits().get(0).id();
      assertThat(analysing.analysis(id).orElseThrow().entities()).isNotEmpty();
    }
  }

  private Path write(String name, String text) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    return Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
  }
}
