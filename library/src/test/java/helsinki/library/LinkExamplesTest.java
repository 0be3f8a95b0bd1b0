package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.core.OutcomeStatus;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's done-when on the two examples: both ingested (real CoreNLP, extract, the ONNX embedding
 * model) into one library, the letter's asks to Tillerson are listed, and the ask to meet civil society
 * is NOT_MET on the HRW sentence; the link is checked against the gold files' {@code outcomes[].answers}.
 */
class LinkExamplesTest {

  private static final String LETTER = "hrf-letter-tillerson-2017-04-07";
  private static final String DISPATCH = "hrw-tillerson-freeze-out-2017-04";

  @TempDir static Path dir;
  private static Path examples;
  private static Library library;

  /** One library for the class: the dispatch first, so the letter's asks must find the outcome already stored. */
  @BeforeAll
  static void ingestBoth() {
    String shared = System.getProperty("helsinki.shared");
    assumeTrue(shared != null && Files.exists(Path.of(shared, "examples", LETTER + ".txt")),
        "the examples are not beside the repository (../shared/examples)");
    examples = Path.of(shared, "examples");
    Analyzer analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
    library = Library.open(new LibraryLocation(dir.resolve("data"), null), new Ingester(IngestSettings.defaults()), 2, analyzer);
    library.ingest(List.of(examples.resolve(DISPATCH + ".txt").toString()), IngestListener.NONE);
    library.ingest(List.of(examples.resolve(LETTER + ".txt").toString()), IngestListener.NONE);
  }

  @AfterAll
  static void close() {
    if (library != null) {
      library.close();
    }
  }

  /** One link, as gold or prediction: the ask's and the outcome's file and quote. */
  private record Link(String askFile, String askQuote, String outcomeFile, String outcomeQuote) {}

  @Test
  void both_examples_in_one_library_make_the_civil_society_ask_not_met_on_the_hrw_sentence() {
    assertThat(library.linkSimilarity()).contains("MiniLM");

    List<AskView> asks = library.asks(new AskFilter("Tillerson", null, null, null));
    assertThat(asks).hasSizeGreaterThanOrEqualTo(7).allSatisfy(a -> assertThat(a.targetName()).contains("Tillerson"));
    List<AskView> meet = asks.stream().filter(a -> a.ask().evidence().quote().contains("civil society")
        && a.ask().evidence().quote().contains("meet")).toList();
    assertThat(meet).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(OutcomeStatus.NOT_MET);
      assertThat(a.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.outcome().evidence().quote()).contains("didn’t meet with any of Russia’s civil society leaders");
        assertThat(o.outcome().answers()).containsExactly(a.document() + "#" + a.ask().id());
        System.out.printf(Locale.ROOT, "link: %s -> %s score %.3f rule %s%n", o.document() + "#" + o.outcome().id(),
            a.document() + "#" + a.ask().id(), o.score(), o.rule());
      });
    });
    assertThat(asks).filteredOn(a -> !meet.contains(a)).allSatisfy(a -> assertThat(a.status()).isEqualTo(OutcomeStatus.OPEN));
    assertThat(library.engagements(new EngagementFilter("Tillerson"))).singleElement()
        .as("the letter's upcoming visit, the dispatch's visit and the captioned meeting in Moscow")
        .satisfies(g -> assertThat(g.members()).hasSize(3));
  }

  @Test
  void the_links_match_the_gold_answers() throws IOException {
    assertLinksMatchGold(examples, library);
  }

  @Test
  void a_relink_keeps_the_same_link() {
    library.relink();
    assertThat(library.asks(new AskFilter("Tillerson", null, OutcomeStatus.NOT_MET, null))).hasSize(1);
  }

  /** Every predicted link is a gold link and every gold link is predicted (GOLD.md quote matching). */
  private static void assertLinksMatchGold(Path examples, Library library) throws IOException {
    List<Link> gold = new ArrayList<>();
    for (String file : List.of(LETTER, DISPATCH)) {
      JsonNode g = Json.mapper().readTree(Files.readString(examples.resolve(file + ".gold.json"), StandardCharsets.UTF_8));
      for (JsonNode o : g.get("outcomes")) {
        for (JsonNode answer : o.get("answers")) {
          String[] ref = answer.asText().split("#");
          String askFile = ref.length == 1 ? file : ref[0].replace(".gold.json", "");
          gold.add(new Link(askFile, askQuote(examples, askFile, ref[ref.length - 1]), file, o.get("quote").asText()));
        }
      }
    }
    List<Link> predicted = new ArrayList<>();
    for (AskView a : library.asks(AskFilter.all())) {
      for (LinkedOutcome o : a.outcomes()) {
        predicted.add(new Link(file(library, a.document()), a.ask().evidence().quote(), file(library, o.document()),
            o.outcome().evidence().quote()));
      }
    }
    long right = predicted.stream().filter(p -> gold.stream().anyMatch(g -> same(g, p))).count();
    long found = gold.stream().filter(g -> predicted.stream().anyMatch(p -> same(g, p))).count();
    System.out.printf(Locale.ROOT, "gold links %d, predicted %d, right %d, gold found %d%n", gold.size(), predicted.size(),
        right, found);
    assertThat(gold).isNotEmpty();
    assertThat(right).as("link precision").isEqualTo(predicted.size());
    assertThat(found).as("link recall").isEqualTo(gold.size());
  }

  private static String askQuote(Path examples, String file, String askId) throws IOException {
    JsonNode g = Json.mapper().readTree(Files.readString(examples.resolve(file + ".gold.json"), StandardCharsets.UTF_8));
    for (JsonNode a : g.get("asks")) {
      if (a.get("id").asText().equals(askId)) {
        return a.get("quote").asText();
      }
    }
    throw new AssertionError("gold ask " + file + "#" + askId + " not found");
  }

  private static String file(Library library, String documentId) {
    String source = library.analysis(documentId).orElseThrow().source();
    String name = Path.of(source).getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static boolean same(Link gold, Link predicted) {
    return gold.askFile().equals(predicted.askFile()) && gold.outcomeFile().equals(predicted.outcomeFile())
        && overlap(gold.askQuote(), predicted.askQuote()) && overlap(gold.outcomeQuote(), predicted.outcomeQuote());
  }

  /** At least half of the gold quote's words occur in the predicted quote (GOLD.md). */
  private static boolean overlap(String gold, String predicted) {
    Set<String> have = new HashSet<>(words(predicted));
    List<String> want = words(gold);
    return want.stream().filter(have::contains).count() * 2 >= want.size();
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  @Test
  void the_library_export_fills_answers_with_document_and_ask_ids() throws IOException {
    StringWriter out = new StringWriter();
    library.export(ExportFormat.JSONL, out);
    AskView meet = library.asks(new AskFilter(null, null, OutcomeStatus.NOT_MET, null)).get(0);
    assertThat(out.toString()).contains("\"answers\":[\"" + meet.document() + "#" + meet.ask().id() + "\"]");
  }
}
