package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import java.io.IOException;
import java.net.URISyntaxException;
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
 * The link stage on the held-out texts of our own: all eight in one library (a follow-up before the letter
 * it answers, so that both directions of arrival are used), every predicted ask–outcome link compared with
 * the gold files' {@code outcomes[].answers} (GOLD.md quote matching), per batch.
 */
class HeldOutLinksTest {

  private static final List<String> FIRST_BATCH = List.of("followup-commissioner-dushanbe", "letter-commissioner-tajikistan",
      "release-kyrgyzstan-editors");
  private static final List<String> SECOND_BATCH = List.of("scorecard-eu-vietnam-summit", "joint-letter-hrvp-vietnam",
      "experts-release-zimbabwe-unions", "committee-letter-minister-haddad", "release-minister-cairo-visit");
  // The follow-up first again, so the link is made when the letter arrives.
  private static final List<String> THIRD_BATCH = List.of("release-state-visit-silence", "appeal-giza-lawyer",
      "letter-state-visit-stockholm", "observations-sri-lanka-torture", "resolution-tunisia-blogger");

  @TempDir static Path dir;
  private static Path heldout;
  private static Library library;

  @BeforeAll
  static void ingestAll() throws URISyntaxException {
    heldout = Path.of(HeldOutLinksTest.class.getResource("heldout").toURI());
    Analyzer analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
    library = Library.open(new LibraryLocation(dir.resolve("data"), null), new Ingester(IngestSettings.defaults()), 2, analyzer);
    for (String name : FIRST_BATCH) {
      library.ingest(List.of(heldout.resolve(name + ".txt").toString()), IngestListener.NONE);
    }
    for (String name : SECOND_BATCH) {
      library.ingest(List.of(heldout.resolve(name + ".txt").toString()), IngestListener.NONE);
    }
    for (String name : THIRD_BATCH) {
      library.ingest(List.of(heldout.resolve(name + ".txt").toString()), IngestListener.NONE);
    }
  }

  @AfterAll
  static void close() {
    if (library != null) {
      library.close();
    }
  }

  /** One link, as gold or prediction: the ask's and the outcome's file and quote. */
  record Link(String askFile, String askQuote, String outcomeFile, String outcomeQuote) {}

  /** Gold, predicted and right links of one batch. */
  record Counts(int gold, int predicted, int right, int found) {}

  @Test
  void the_links_among_the_held_out_texts_match_their_gold_answers() throws IOException {
    Counts first = counts(FIRST_BATCH);
    Counts second = counts(SECOND_BATCH);
    Counts third = counts(THIRD_BATCH);
    System.out.printf(Locale.ROOT, "held-out links, first batch: %s%nheld-out links, second batch: %s%nheld-out links, third batch: %s%n",
        first, second, third);
    // First run of the second batch: 0 links predicted of 11 gold. After the engagement and outcome rules
    // (EVALUATION.md): every predicted link right in both batches, 3 of 5 and 3 of 11 gold links found.
    assertThat(first.right()).isEqualTo(first.predicted());
    assertThat(second.right()).isEqualTo(second.predicted());
    assertThat(first.found()).isGreaterThanOrEqualTo(3);
    assertThat(second.found()).isGreaterThanOrEqualTo(3);
    // The third batch's first run (held out, EVALUATION.md): no link predicted, none of its 5 found; any
    // link predicted later must be right.
    assertThat(third.right()).isEqualTo(third.predicted());
  }

  /** The batch's gold links against the library's links whose outcome lies in the batch. */
  private static Counts counts(List<String> batch) throws IOException {
    List<Link> gold = new ArrayList<>();
    for (String file : batch) {
      JsonNode g = Json.mapper().readTree(Files.readString(heldout.resolve(file + ".gold.json"), StandardCharsets.UTF_8));
      for (JsonNode o : g.get("outcomes")) {
        for (JsonNode answer : o.get("answers")) {
          String[] ref = answer.asText().split("#");
          String askFile = ref.length == 1 ? file : ref[0];
          gold.add(new Link(askFile, askQuote(askFile, ref[ref.length - 1]), file, o.get("quote").asText()));
        }
      }
    }
    List<Link> predicted = new ArrayList<>();
    for (AskView a : library.asks(AskFilter.all())) {
      for (LinkedOutcome o : a.outcomes()) {
        Link p = new Link(file(a.document()), a.ask().evidence().quote(), file(o.document()), o.outcome().evidence().quote());
        if (batch.contains(p.outcomeFile())) {
          predicted.add(p);
          System.out.printf(Locale.ROOT, "link %s \"%s\" -> %s \"%s\" %s%n", p.outcomeFile(), p.outcomeQuote(), p.askFile(),
              p.askQuote(), gold.stream().anyMatch(g -> same(g, p)) ? "right" : "WRONG");
        }
      }
    }
    int right = (int) predicted.stream().filter(p -> gold.stream().anyMatch(g -> same(g, p))).count();
    int found = (int) gold.stream().filter(g -> predicted.stream().anyMatch(p -> same(g, p))).count();
    return new Counts(gold.size(), predicted.size(), right, found);
  }

  private static String askQuote(String file, String askId) throws IOException {
    JsonNode g = Json.mapper().readTree(Files.readString(heldout.resolve(file + ".gold.json"), StandardCharsets.UTF_8));
    for (JsonNode a : g.get("asks")) {
      if (a.get("id").asText().equals(askId)) {
        return a.get("quote").asText();
      }
    }
    throw new AssertionError("gold ask " + file + "#" + askId + " not found");
  }

  private static String file(String documentId) {
    String name = Path.of(library.analysis(documentId).orElseThrow().source()).getFileName().toString();
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
}
