package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.InputException;
import helsinki.core.ReviewState;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.store.ItemKind;
import helsinki.store.ReviewFilter;
import helsinki.store.SearchQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People's decisions on a real analysis: recorded with who and when, applied, and kept through re-analysis. */
class ReviewTest {

  static final String LETTER = """
      Letter to Interior Minister Jonas Varga before his trip to Baku

      June 2, 2022

      Dear Minister Varga:

      We write before your visit to Azerbaijan next month. The lawyer Leyla Mammadova has been held in Baku since
      January for defending journalists. We urge you to call for her immediate release.

      We also ask you to meet with the families of detained reporters while you are in Baku.

      Sincerely,

      Tomas Erdal, Director, Caspian Rights Monitor
      """;

  private static Analyzer analyzer;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
  }

  @Test
  void decisions_are_applied_to_the_analysis_and_survive_reanalysis() throws Exception {
    try (Library library = Library.open(new LibraryLocation(dir.resolve("data"), null), new Ingester(IngestSettings.defaults()), 1, analyzer)) {
      String id = ingest(library);
      Analysis machine = library.analysis(id).orElseThrow();
      assertThat(machine.asks()).hasSizeGreaterThanOrEqualTo(2);
      Ask first = machine.asks().get(0);
      Ask second = machine.asks().get(1);
      String entity = machine.entities().get(0).id();

      Review confirmed = library.review(id, new Decision(ItemKind.ASK, first.id(), ReviewState.CONFIRMED, null, "Ana Kask", "read it twice"));
      library.review(id, new Decision(ItemKind.ASK, second.id(), ReviewState.CORRECTED,
          "{\"action\": \"RAISE\", \"object\": \"the families' cases\"}", "Ben Ode", null));
      library.review(id, new Decision(ItemKind.ENTITY, entity, ReviewState.REJECTED, null, "Ana Kask", "not an actor"));

      assertThat(confirmed.record().reviewer()).isEqualTo("Ana Kask");
      assertThat(confirmed.record().decidedAt()).isNotNull();
      ReviewedAnalysis reviewed = library.reviewed(id).orElseThrow();
      assertThat(reviewed.state(ItemKind.ASK, first.id())).isEqualTo(ReviewState.CONFIRMED);
      assertThat(reviewed.state(ItemKind.ASK, second.id())).isEqualTo(ReviewState.CORRECTED);
      assertThat(reviewed.effective().asks()).filteredOn(a -> a.id().equals(second.id())).singleElement()
          .satisfies(a -> assertThat(a.action()).isEqualTo(AskAction.RAISE))
          .satisfies(a -> assertThat(a.object()).isEqualTo("the families' cases"));
      assertThat(reviewed.effective().entities()).extracting(e -> e.id()).doesNotContain(entity);
      assertThat(reviewed.effective().asks()).allSatisfy(a -> assertThat(a.target()).isNotEqualTo(entity));
      assertThat(reviewed.machine()).isEqualTo(machine);

      assertThat(library.reanalyze(IngestListener.NONE)).isEqualTo(1);

      ReviewedAnalysis again = library.reviewed(id).orElseThrow();
      assertThat(again.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.attached()).isTrue());
      assertThat(again.state(ItemKind.ASK, first.id())).isEqualTo(ReviewState.CONFIRMED);
      assertThat(again.state(ItemKind.ENTITY, entity)).isEqualTo(ReviewState.REJECTED);
      assertThat(library.audit(ReviewFilter.latest(10))).extracting(r -> r.record().reviewer())
          .containsExactly("Ana Kask", "Ben Ode", "Ana Kask");
      assertThat(library.audit(new ReviewFilter(null, "Ben Ode", null, null, null, 10))).singleElement()
          .satisfies(r -> assertThat(r.itemId()).isEqualTo(second.id()));
    }
  }

  @Test
  void a_bad_decision_is_refused_in_one_line_and_nothing_is_stored() throws Exception {
    try (Library library = Library.open(new LibraryLocation(dir.resolve("data"), null), new Ingester(IngestSettings.defaults()), 1, analyzer)) {
      String id = ingest(library);
      String ask = library.analysis(id).orElseThrow().asks().get(0).id();
      assertThatThrownBy(() -> library.review(id, new Decision(ItemKind.ASK, "A99", ReviewState.CONFIRMED, null, "Ana", null)))
          .isInstanceOf(InputException.class).hasMessageContaining("no ask A99");
      assertThatThrownBy(() -> library.review(id, new Decision(ItemKind.ASK, ask, ReviewState.CONFIRMED, null, "  ", null)))
          .isInstanceOf(InputException.class).hasMessageContaining("reviewer");
      assertThatThrownBy(() -> library.review(id, new Decision(ItemKind.ASK, ask, ReviewState.CORRECTED, "{\"colour\": 1}", "Ana", null)))
          .isInstanceOf(InputException.class).hasMessageContaining("no field 'colour'").hasMessageNotContaining("\n");
      assertThatThrownBy(() -> library.review(id, new Decision(ItemKind.ASK, ask, ReviewState.CORRECTED, "{\"action\": \"DANCE\"}", "Ana", null)))
          .isInstanceOf(InputException.class).hasMessageContaining("does not fit");
      assertThatThrownBy(() -> library.review("d-nothing", new Decision(ItemKind.ASK, ask, ReviewState.REJECTED, null, "Ana", null)))
          .isInstanceOf(InputException.class).hasMessageContaining("d-nothing");
      assertThat(library.audit(ReviewFilter.latest(10))).isEmpty();
    }
  }

  @Test
  void a_country_profile_counts_its_documents_and_lists_its_actors_and_the_asks_concerning_it() throws Exception {
    try (Library library = Library.open(new LibraryLocation(dir.resolve("data"), null), new Ingester(IngestSettings.defaults()), 1, analyzer)) {
      String id = ingest(library);
      Analysis a = library.analysis(id).orElseThrow();
      assertThat(a.countries()).first().isEqualTo("AZ");
      CountryProfile az = library.country("az");
      assertThat(az.name()).isEqualTo("Azerbaijan");
      assertThat(az.documents()).isEqualTo(1);
      assertThat(az.recent()).extracting(h -> h.id()).containsExactly(id);
      assertThat(az.documentsByYear()).containsExactly(new helsinki.store.LabelCount("2022", 1));
      assertThat(az.asks()).isNotEmpty().allSatisfy(k -> assertThat(k.documentId()).isEqualTo(id));
      assertThat(az.actors()).extracting(CountryProfile.ActorCount::name).isSubsetOf(a.entities().stream()
          .filter(e -> "AZ".equals(e.country())).map(e -> e.name()).toList());
      assertThat(library.countryCounts()).contains(new helsinki.store.LabelCount("AZ", 1));

      library.review(id, new Decision(ItemKind.ASK, az.asks().get(0).ask().id(), ReviewState.REJECTED, null, "Ana", null));
      assertThat(library.country("AZ").asks()).hasSize(az.asks().size() - 1);
      assertThat(library.country("FR").documents()).isZero();
      assertThatThrownBy(() -> library.country("Azerbaijan")).isInstanceOf(InputException.class).hasMessageContaining("ISO 3166-1");
    }
  }

  private String ingest(Library library) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("letter.txt"), LETTER, StandardCharsets.UTF_8);
    library.ingest(List.of(in.toString()), IngestListener.NONE);
    return library.search(SearchQuery.of("Mammadova")).hits().get(0).id();
  }
}
