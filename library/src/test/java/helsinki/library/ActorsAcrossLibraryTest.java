package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Analysis;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.InputException;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.store.ActorDecision;
import helsinki.store.StoredActor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canonical actors across a library analysed with the real annotator (loaded once for the class):
 * the examples' people are one actor each, and people's merges and splits outlive re-analysis.
 */
class ActorsAcrossLibraryTest {

  private static final String LETTER = """
      Open letter to Foreign Minister Anna Lindqvist ahead of her visit to Minsk

      March 3, 2021

      Dear Minister Lindqvist:

      We write ahead of your visit to Belarus next week. Since August 2020 the Belarusian authorities have
      detained more than 30,000 peaceful protesters, and the human rights defender Ales Bialiatski of the
      Viasna Human Rights Centre remains in prison in Minsk. We urge you to raise his case with Foreign
      Minister Vladimir Makei and to meet with independent journalists while you are in Minsk.

      Sincerely,

      Maria Okonkwo, Director, Baltic Rights Watch
      """;

  private static final String REPORT = """
      Minister's visit to Minsk ends without a meeting with rights defenders

      March 19, 2021

      Swedish Foreign Minister Anna Lindqvist met Belarusian Foreign Minister Vladimir Makei in Minsk on
      Tuesday. Lindqvist did not meet any of the families of detained protesters, and the government of
      Belarus refused her request to visit Ales Bialiatski in prison. Viasna said that the Belarusian
      government continues to detain more than 300 political prisoners.
      """;

  /** A third text that names a Lindqvist by surname alone: the rules join it to the minister; a reviewer may not. */
  private static final String NOTE = """
      Press freedom prize announced

      April 2, 2021

      The prize committee said on Friday that it will honour two reporters who were jailed after covering
      the protests. Lindqvist, who chairs the committee, said the prize honours courage.
      """;

  private static Analyzer analyzer;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
  }

  @Test
  void both_examples_in_one_library_give_one_actor_each_for_tillerson_lavrov_and_putin() throws IOException {
    String shared = System.getProperty("helsinki.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "examples")), "../shared/examples is absent");
    List<String> inputs;
    try (Stream<Path> files = Files.list(Path.of(shared, "examples"))) {
      inputs = files.filter(p -> !p.getFileName().toString().endsWith(".gold.json")).map(Path::toString).sorted().toList();
    }
    assertThat(inputs).hasSize(2);
    try (Library library = open()) {
      library.ingest(inputs, IngestListener.NONE);
      for (String name : List.of("Tillerson", "Lavrov", "Putin")) {
        List<StoredActor> found = persons(library, name);
        assertThat(found).as(name + " in " + found).hasSize(1);
        assertThat(found.get(0).documents()).as(name).hasSize(2);
      }
      goldFigure(library, Path.of(shared, "examples"));
      assertThat(persons(library, "Tillerson").get(0).name()).isEqualTo("Rex Tillerson");
      assertThat(persons(library, "Lavrov").get(0).name()).isEqualTo("Sergei Lavrov");
      assertThat(persons(library, "Tillerson").get(0).country()).isEqualTo("US");
    }
  }

  @Test
  void a_minister_named_in_full_and_by_title_and_surname_is_one_actor_with_dated_roles() throws IOException {
    try (Library library = open()) {
      library.ingest(List.of(write("letter.txt", LETTER).toString(), write("report.txt", REPORT).toString()), IngestListener.NONE);
      List<StoredActor> before = library.actors(null);
      StoredActor lindqvist = one(persons(library, "Lindqvist"));
      assertThat(lindqvist.name()).isEqualTo("Anna Lindqvist");
      assertThat(lindqvist.documents()).hasSize(2);
      assertThat(lindqvist.roles()).anySatisfy(r -> assertThat(r.role()).containsIgnoringCase("Foreign Minister"));
      StoredActor makei = one(persons(library, "Makei"));
      assertThat(makei.documents()).hasSize(2);
      assertThat(makei.country()).isEqualTo("BY");

      List<StoredActor> belarus = library.actors(null).stream()
          .filter(a -> a.type() == EntityType.GOVERNMENT && "BY".equals(a.country())).toList();
      assertThat(belarus).as(belarus.toString()).hasSize(1);
      assertThat(belarus.get(0).documents()).hasSize(2);

      assertThat(library.relinkActors()).isEqualTo(2);
      assertThat(library.actors(null)).as("relinking changes nothing").isEqualTo(before);

      String reportId = library.search(helsinki.store.SearchQuery.of("without a meeting")).hits().get(0).id();
      Analysis report = library.analysis(reportId).orElseThrow();
      Entity inReport = report.entities().stream().filter(e -> e.name().contains("Lindqvist")).findFirst().orElseThrow();
      assertThat(library.actorOf(reportId, inReport.id())).contains(lindqvist.id());
      assertThat(library.actorOf(reportId, "E999")).isEmpty();
    }
  }

  @Test
  void a_merge_stays_merged_and_a_split_alias_stays_apart_when_documents_are_reanalysed() throws Exception {
    try (Library library = open()) {
      library.ingest(List.of(write("letter.txt", LETTER).toString(), write("report.txt", REPORT).toString()), IngestListener.NONE);
      // The annotator reads the report's bare "Viasna" as a person; a reviewer knows it is the letter's organisation.
      StoredActor viasna = library.actors("Viasna").stream().filter(a -> a.name().equals("Viasna")).findFirst().orElseThrow();
      StoredActor centre = library.actors("Viasna").stream().filter(a -> !a.id().equals(viasna.id())).findFirst().orElseThrow();
      StoredActor merged = library.mergeActors(centre.id(), viasna.id(), "reviewer@example.org");
      assertThat(merged.documents()).hasSize(2);

      library.ingest(List.of(write("note.txt", NOTE).toString()), IngestListener.NONE);
      StoredActor lindqvist = one(persons(library, "Lindqvist"));
      assertThat(lindqvist.documents()).hasSize(3);
      StoredActor apart = library.splitActor(lindqvist.id(), "Lindqvist", "reviewer@example.org");
      assertThat(apart.id()).isNotEqualTo(lindqvist.id());
      assertThat(apart.documents()).hasSize(1);

      assertThat(library.reanalyze(IngestListener.NONE)).isEqualTo(3);

      assertThat(library.actor(viasna.id())).map(StoredActor::id).contains(centre.id());
      assertThat(library.actor(centre.id()).orElseThrow().documents()).hasSize(2);
      assertThat(library.actors("Viasna")).singleElement().satisfies(a -> {
        assertThat(a.id()).isEqualTo(centre.id());
        assertThat(a.aliases()).contains("Viasna");
      });
      assertThat(library.actor(apart.id()).orElseThrow().name()).isEqualTo("Lindqvist");
      assertThat(library.actor(apart.id()).orElseThrow().documents()).isEqualTo(apart.documents());
      assertThat(library.actor(lindqvist.id()).orElseThrow().documents()).hasSize(2)
          .doesNotContainAnyElementsOf(apart.documents());
      assertThat(library.actorDecisions(centre.id())).extracting(ActorDecision::kind).containsExactly(ActorDecision.Kind.MERGE);
      assertThat(library.actorDecisions(apart.id())).singleElement()
          .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("reviewer@example.org"));
    }
  }

  @Test
  void a_library_export_names_each_actor_by_its_canonical_id_in_every_document() throws IOException {
    try (Library library = open()) {
      library.ingest(List.of(write("letter.txt", LETTER).toString(), write("report.txt", REPORT).toString()), IngestListener.NONE);
      StoredActor lindqvist = one(persons(library, "Lindqvist"));
      java.io.StringWriter out = new java.io.StringWriter();
      library.export(ExportFormat.JSONL, out);
      List<Analysis> exported = out.toString().lines().map(l -> helsinki.core.Json.read(l, Analysis.class)).toList();
      assertThat(exported).hasSize(2).allSatisfy(a -> {
        assertThat(a.entities()).extracting(Entity::id).doesNotHaveDuplicates().contains(lindqvist.id());
        assertThat(a.entities()).filteredOn(e -> e.type() != EntityType.PLACE)
            .allSatisfy(e -> assertThat(e.id()).startsWith("a-"));
      });
      Analysis letter = exported.stream().filter(a -> a.title() != null && a.title().startsWith("Open letter")).findFirst().orElseThrow();
      assertThat(letter.addressees()).containsExactly(lindqvist.id());
      assertThat(letter.asks()).isNotEmpty().allSatisfy(k -> assertThat(k.target()).isEqualTo(lindqvist.id()));
    }
  }

  @Test
  void bad_ids_and_aliases_are_refused_in_one_line_and_change_nothing() throws Exception {
    try (Library library = open()) {
      library.ingest(List.of(write("letter.txt", LETTER).toString(), write("report.txt", REPORT).toString()), IngestListener.NONE);
      List<StoredActor> before = library.actors(null);
      StoredActor lindqvist = one(persons(library, "Lindqvist"));
      StoredActor makei = one(persons(library, "Makei"));
      assertThatThrownBy(() -> library.mergeActors(lindqvist.id(), "a-99999", "me"))
          .isInstanceOf(InputException.class).hasMessage("a-99999: no such actor in the library");
      assertThatThrownBy(() -> library.mergeActors(lindqvist.id(), lindqvist.id(), "me"))
          .isInstanceOf(InputException.class).hasMessageContaining("already the same actor");
      assertThatThrownBy(() -> library.splitActor(lindqvist.id(), "Anna Lindqvist", "me"))
          .isInstanceOf(InputException.class).hasMessageContaining("leave nothing behind");
      assertThatThrownBy(() -> library.splitActor(makei.id(), "Lindqvist", "me"))
          .isInstanceOf(InputException.class).hasMessageContaining("has no alias \"Lindqvist\"");
      assertThatThrownBy(() -> library.splitActor("nobody", "x", "me")).isInstanceOf(InputException.class);
      assertThat(library.actors(null)).isEqualTo(before);
      assertThat(library.actorDecisions(lindqvist.id())).isEmpty();
    }
  }

  /**
   * Prints, for EVALUATION.md, how many of the gold files' actors (not places) are exactly one
   * canonical actor (matched by a folded name or alias), and how many span both documents.
   */
  private static void goldFigure(Library library, Path examples) throws IOException {
    java.util.Map<String, Set<String>> gold = new java.util.LinkedHashMap<>();
    try (Stream<Path> files = Files.list(examples)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
        JsonNode entities = helsinki.core.Json.read(Files.readString(f, StandardCharsets.UTF_8), JsonNode.class).get("entities");
        for (JsonNode e : entities) {
          if (!e.get("type").toString().contains("PLACE")) {
            Set<String> keys = gold.computeIfAbsent(key(e.get("name").asText()), k -> new java.util.HashSet<>());
            keys.add(key(e.get("name").asText()));
            e.get("aliases").forEach(a -> keys.add(key(a.asText())));
          }
        }
      }
    }
    List<StoredActor> actors = library.actors(null);
    int one = 0;
    int both = 0;
    for (Set<String> keys : gold.values()) {
      List<StoredActor> found = actors.stream().filter(a -> keys.contains(key(a.name()))
          || a.aliases().stream().anyMatch(x -> keys.contains(key(x)))).toList();
      one += found.size() == 1 ? 1 : 0;
      both += found.size() == 1 && found.get(0).documents().size() == 2 ? 1 : 0;
    }
    System.out.printf(java.util.Locale.ROOT, "actors across the examples: %d of %d gold actors are exactly one canonical"
        + " actor; %d of them span both documents; %d canonical actors in all (%d persons)%n", one, gold.size(), both,
        actors.size(), actors.stream().filter(a -> a.type() == EntityType.PERSON).count());
  }

  private static String key(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private Library open() {
    return Library.open(new LibraryLocation(dir.resolve("data"), null), new Ingester(IngestSettings.defaults()), 2, analyzer);
  }

  private static List<StoredActor> persons(Library library, String name) {
    return library.actors(name).stream().filter(a -> a.type() == EntityType.PERSON).toList();
  }

  private static StoredActor one(List<StoredActor> actors) {
    assertThat(actors).as(actors.toString()).hasSize(1);
    return actors.get(0);
  }

  private Path write(String name, String text) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    return Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
  }
}
