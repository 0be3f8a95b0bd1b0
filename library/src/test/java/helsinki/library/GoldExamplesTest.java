package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Analysis;
import helsinki.core.Entity;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of ../shared/examples, run through the real Ingester and Analyzer and checked
 * against their gold files (GOLD.md): the clean text and the metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldExamplesTest {

  private Analyzer analyzer;

  @BeforeAll
  void start() {
    analyzer = new Analyzer(new Ingester(IngestSettings.defaults()));
  }

  static Stream<Path> goldFiles() throws IOException {
    String shared = System.getProperty("helsinki.shared");
    Path examples = shared == null ? null : Path.of(shared, "examples");
    if (examples == null || !Files.isDirectory(examples)) {
      return Stream.of(Path.of("no-shared-examples"));
    }
    try (Stream<Path> files = Files.list(examples)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList().stream();
    }
  }

  private record Case(JsonNode gold, Analysis analysis) {}

  private Case load(Path goldFile) throws Exception {
    assumeTrue(Files.isRegularFile(goldFile), "the shared examples are not here (helsinki.shared unset or missing)");
    JsonNode gold = Json.mapper().readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
    Path document = goldFile.resolveSibling(gold.get("document").asText());
    return new Case(gold, analyzer.analyze(document));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void clean_text_keeps_the_body_and_drops_the_chrome(Path goldFile) throws Exception {
    Case c = load(goldFile);
    for (JsonNode s : c.gold().path("clean").path("must_contain")) {
      assertThat(c.analysis().text()).as("clean text must contain").contains(s.asText());
    }
    for (JsonNode s : c.gold().path("clean").path("must_not_contain")) {
      assertThat(c.analysis().text()).as("clean text must not contain").doesNotContain(s.asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void title_date_publisher_and_kind_are_the_gold_ones(Path goldFile) throws Exception {
    Case c = load(goldFile);
    JsonNode meta = c.gold().path("meta");
    Analysis a = c.analysis();
    if (meta.has("title")) {
      assertThat(a.title()).as("title").isEqualTo(meta.get("title").asText());
    }
    if (meta.has("published")) {
      List<String> accepted = new ArrayList<>();
      meta.path("published_tolerated").forEach(t -> accepted.add(t.asText()));
      String expected = meta.get("published").isNull() ? null : meta.get("published").asText();
      String actual = a.published() == null ? null : a.published().toString();
      if (!accepted.contains(actual)) {
        assertThat(actual).as("published").isEqualTo(expected);
      }
    }
    if (meta.has("publisher")) {
      assertThat(anyOf(meta.get("publisher"))).as("publisher").contains(a.publisher());
    }
    if (meta.has("kind")) {
      assertThat(anyOf(meta.get("kind"))).as("kind").contains(a.kind().name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void authors_and_addressees_are_the_gold_ones(Path goldFile) throws Exception {
    Case c = load(goldFile);
    JsonNode meta = c.gold().path("meta");
    for (JsonNode author : meta.path("authors")) {
      assertThat(c.analysis().authors()).as("authors").anySatisfy(a -> {
        assertThat(norm(a.name())).isEqualTo(norm(author.get("name").asText()));
        if (author.hasNonNull("role")) {
          assertThat(a.role()).isNotNull();
          assertThat(norm(a.role())).isEqualTo(norm(author.get("role").asText()));
        }
      });
    }
    List<Entity> addressees = c.analysis().entities().stream()
        .filter(e -> c.analysis().addressees().contains(e.id())).toList();
    for (JsonNode name : meta.path("addressees")) {
      Set<String> gold = goldForms(c.gold(), name.asText());
      assertThat(addressees).as("an addressee entity matching " + gold)
          .anySatisfy(e -> assertThat(forms(e)).containsAnyElementsOf(gold));
    }
  }

  private static Set<String> goldForms(JsonNode gold, String name) {
    Set<String> forms = new HashSet<>(List.of(norm(name)));
    for (JsonNode e : gold.path("entities")) {
      if (norm(e.get("name").asText()).equals(norm(name))) {
        e.path("aliases").forEach(a -> forms.add(norm(a.asText())));
      }
    }
    return forms;
  }

  private static Set<String> forms(Entity e) {
    Set<String> forms = new HashSet<>(List.of(norm(e.name())));
    e.aliases().forEach(a -> forms.add(norm(a)));
    return forms;
  }

  private static List<String> anyOf(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.isNull() ? null : v.asText()));
    } else {
      values.add(node.isNull() ? null : node.asText());
    }
    return values;
  }

  /** GOLD.md matching: case, punctuation and hyphens do not count ("KaraMurza" = "Kara-Murza"). */
  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
  }
}
