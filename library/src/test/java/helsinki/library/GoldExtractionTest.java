package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import helsinki.core.Analysis;
import helsinki.core.Evidence;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.places.Gazetteer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples' gold asks, engagements and outcomes (GOLD.md: a prediction matches when its quote holds
 * at least half of the gold quote's words and its action or type is the gold one or an alternative),
 * found by the whole analysis: real Ingester, CoreNLP annotator, gazetteer, resolver and extract.
 */
class GoldExtractionTest {

  private static final String[] EXAMPLES = {"hrf-letter-tillerson-2017-04-07", "hrw-tillerson-freeze-out-2017-04"};
  private static Analyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new Analyzer(new Ingester(IngestSettings.defaults()), CoreNlpAnnotator.load(false), Gazetteer.load(), null);
  }

  /** One predicted item as the scorer sees it. */
  private record Item(String label, Evidence evidence, Set<String> who, @Nullable String status, List<Set<String>> counterparts) {}

  /** Counts for one kind: gold, predicted, matched, and attribute hits among the matched. */
  private static final class Tally {
    int gold;
    int predicted;
    int matched;
    int attribute;
    int counterparts;
    final List<String> notes = new ArrayList<>();

    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }
  }

  @Test
  void asks_engagements_and_outcomes_of_both_examples_match_the_gold() throws Exception {
    String shared = System.getProperty("helsinki.shared");
    assumeTrue(shared != null && Files.exists(Path.of(shared, "examples", EXAMPLES[0] + ".txt")), "shared examples absent");
    Tally asks = new Tally();
    Tally engagements = new Tally();
    Tally outcomes = new Tally();
    for (String name : EXAMPLES) {
      Path dir = Path.of(shared, "examples");
      Analysis a = analyzer.analyze(dir.resolve(name + ".txt"));
      JsonNode gold = new ObjectMapper().readTree(Files.readString(dir.resolve(name + ".gold.json"), StandardCharsets.UTF_8));
      score(asks, gold.get("asks"), "action", "target",
          a.asks().stream().map(x -> new Item(x.action().name(), x.evidence(), name(a, x.target()), null,
              x.counterparts().stream().map(c -> name(a, c)).toList())).toList(), gold.get("entities"));
      score(engagements, gold.get("engagements"), "type", "actor",
          a.engagements().stream().map(x -> new Item(x.type().name(), x.evidence(), name(a, x.actor()), null,
              x.counterparts().stream().map(c -> name(a, c)).toList())).toList(), gold.get("entities"));
      score(outcomes, gold.get("outcomes"), "action", "status",
          a.outcomes().stream().map(x -> new Item(x.action().name(), x.evidence(), Set.of(), x.status().name(), List.of())).toList(), gold.get("entities"));
    }
    print("asks (target)", asks);
    print("engagements (actor)", engagements);
    print("outcomes (status)", outcomes);
    // Measured 8/8 asks (targets 8/8), 3/3 engagements (actors 3/3), 1/1 outcomes (status 1/1), nothing
    // extra; these floors are those figures (issue 4's goals: asks F1 >= 0.9, outcomes 1.0).
    assertThat(asks.f1()).isEqualTo(1.0);
    assertThat(asks.attribute).isEqualTo(asks.matched);
    assertThat(outcomes.f1()).isEqualTo(1.0);
    assertThat(outcomes.attribute).isEqualTo(outcomes.matched);
    assertThat(engagements.f1()).isEqualTo(1.0);
    // Counterparts, measured 5/8 on asks (a list header's "Lavrov and other Russian officials" gives both,
    // the gold only Lavrov) and 2/3 on engagements (the caption meeting absorbs "met with Putin, Lavrov").
    assertThat(asks.counterparts).isGreaterThanOrEqualTo(5);
    assertThat(engagements.counterparts).isGreaterThanOrEqualTo(2);
  }

  /**
   * Three texts of our own (a letter, a press release, a follow-up report) with gold written before they
   * were first analysed, in styles the ask and outcome rules were not written on ("we would be grateful if
   * you could", "please also", "X must", a quoted director, outcomes as cancellations and refusals). The
   * first run was held out (EVALUATION.md); rules were then written for what it missed, so these floors
   * guard those rules and are no longer a held-out figure.
   */
  @Test
  void asks_engagements_and_outcomes_of_texts_of_our_own_match_their_gold() throws Exception {
    Tally[] t = scoreOwn("own texts'", List.of("letter-commissioner-tajikistan", "release-kyrgyzstan-editors",
        "followup-commissioner-dushanbe"));
    // Floors at the figures measured after the rules were written (EVALUATION.md): regressions fail. The
    // second batch's rules fixed the targets "The European Union" and "the government", the letter's "your
    // stay" (now one trip with the ministerial meeting) and the cancelled meeting (now an outcome of its own).
    assertThat(t[0].f1()).isGreaterThanOrEqualTo(HELD_OUT_ASKS_F1);
    assertThat(t[2].f1()).isGreaterThanOrEqualTo(HELD_OUT_OUTCOMES_F1);
    assertThat(t[1].f1()).isGreaterThanOrEqualTo(HELD_OUT_ENGAGEMENTS_F1);
  }

  /**
   * A second batch of five texts of our own, unlike the first in organisation, country, year and idiom (a
   * joint letter with numbered asks before an EU summit, UN experts' impersonal and passive asks, a
   * parliamentary subcommittee's letter with a due date, a scorecard of met, partly met and rejected asks, a
   * release naming whom a minister met and did not meet), gold written and committed before the first run.
   */
  @Test
  void asks_engagements_and_outcomes_of_a_second_batch_of_our_own_match_their_gold() throws Exception {
    Tally[] t = scoreOwn("second batch's", SECOND_BATCH);
    System.out.printf(Locale.ROOT, "second batch F1: asks %.3f engagements %.3f outcomes %.3f%n", t[0].f1(), t[1].f1(), t[2].f1());
    // First run (held out): asks 0.118, engagements 0, outcomes 0.500. These floors are the figures after the
    // rules written for what it missed (EVALUATION.md), so they guard those rules, no longer a held-out figure.
    assertThat(t[0].f1()).isEqualTo(1.0);
    assertThat(t[1].f1()).isEqualTo(1.0);
    assertThat(t[2].f1()).isEqualTo(1.0);
    assertThat(t[2].attribute).isEqualTo(t[2].matched);
    assertThat(t[0].attribute).isGreaterThanOrEqualTo(15);
  }

  /**
   * A third batch of five texts of our own, written and committed by the lead before the second batch's
   * rules were merged and before any run (an urgent-action appeal with a model letter, a joint letter before
   * a state visit and the release after it, a treaty body's concluding observations, a parliamentary
   * resolution): its first run was the held-out measure (EVALUATION.md); two general rules followed it.
   */
  @Test
  void asks_engagements_and_outcomes_of_a_third_batch_of_our_own_match_their_gold() throws Exception {
    Tally[] t = scoreOwn("third batch's", THIRD_BATCH);
    System.out.printf(Locale.ROOT, "third batch F1: asks %.3f engagements %.3f outcomes %.3f%n", t[0].f1(), t[1].f1(), t[2].f1());
    assertThat(t[0].f1()).isGreaterThanOrEqualTo(THIRD_ASKS_F1);
    assertThat(t[1].f1()).isGreaterThanOrEqualTo(THIRD_ENGAGEMENTS_F1);
    assertThat(t[2].f1()).isGreaterThanOrEqualTo(THIRD_OUTCOMES_F1);
  }

  /** The third batch of texts of our own (EVALUATION.md, "On texts of our own"). */
  static final List<String> THIRD_BATCH = List.of("appeal-giza-lawyer", "letter-state-visit-stockholm",
      "release-state-visit-silence", "observations-sri-lanka-torture", "resolution-tunisia-blogger");
  // Floors at the third batch's figures after the two rules written for it (first run, held out: asks 0.417,
  // engagements 0.400, outcomes 0.333; EVALUATION.md).
  private static final double THIRD_ASKS_F1 = 0.78;
  private static final double THIRD_ENGAGEMENTS_F1 = 0.40;
  private static final double THIRD_OUTCOMES_F1 = 0.33;

  /** The second batch of texts of our own (EVALUATION.md, "On texts of our own"). */
  static final List<String> SECOND_BATCH = List.of("joint-letter-hrvp-vietnam", "experts-release-zimbabwe-unions",
      "committee-letter-minister-haddad", "scorecard-eu-vietnam-summit", "release-minister-cairo-visit");

  /** Asks, engagements and outcomes of the named held-out texts against their gold, printed. */
  private static Tally[] scoreOwn(String label, List<String> names) throws Exception {
    Tally asks = new Tally();
    Tally engagements = new Tally();
    Tally outcomes = new Tally();
    Path dir = Path.of(GoldExtractionTest.class.getResource("heldout").toURI());
    for (String name : names) {
      Analysis a = analyzer.analyze(dir.resolve(name + ".txt"));
      JsonNode gold = new ObjectMapper().readTree(Files.readString(dir.resolve(name + ".gold.json"), StandardCharsets.UTF_8));
      score(asks, gold.get("asks"), "action", "target",
          a.asks().stream().map(x -> new Item(x.action().name(), x.evidence(), name(a, x.target()), null,
              x.counterparts().stream().map(c -> name(a, c)).toList())).toList(), gold.get("entities"));
      score(engagements, gold.get("engagements"), "type", "actor",
          a.engagements().stream().map(x -> new Item(x.type().name(), x.evidence(), name(a, x.actor()), null,
              x.counterparts().stream().map(c -> name(a, c)).toList())).toList(), gold.get("entities"));
      score(outcomes, gold.get("outcomes"), "action", "status",
          a.outcomes().stream().map(x -> new Item(x.action().name(), x.evidence(), Set.of(), x.status().name(), List.of())).toList(),
          gold.get("entities"));
    }
    print(label + " asks (target)", asks);
    print(label + " engagements (actor)", engagements);
    print(label + " outcomes (status)", outcomes);
    return new Tally[] {asks, engagements, outcomes};
  }

  private static final double HELD_OUT_ASKS_F1 = 1.0;
  private static final double HELD_OUT_OUTCOMES_F1 = 1.0;
  private static final double HELD_OUT_ENGAGEMENTS_F1 = 1.0;

  @Test
  void the_letters_asks_carry_the_gold_channel() throws Exception {
    String shared = System.getProperty("helsinki.shared");
    assumeTrue(shared != null && Files.exists(Path.of(shared, "examples", EXAMPLES[0] + ".txt")), "shared examples absent");
    Path dir = Path.of(shared, "examples");
    Analysis a = analyzer.analyze(dir.resolve(EXAMPLES[0] + ".txt"));
    JsonNode gold = new ObjectMapper().readTree(Files.readString(dir.resolve(EXAMPLES[0] + ".gold.json"), StandardCharsets.UTF_8));
    List<String> wrong = new ArrayList<>();
    for (JsonNode g : gold.get("asks")) {
      String want = g.has("channel") ? g.get("channel").asText() : "none";
      String have = a.asks().stream().filter(x -> overlap(g.get("quote").asText(), x.evidence().quote())).findFirst()
          .map(x -> x.channel() == null ? "none" : x.channel().name()).orElse("missing");
      if (!have.equals(want)) {
        wrong.add(g.get("id").asText() + " " + have);
      }
    }
    // A1 names "your discussions with Russian officials" and "any public remarks": both channels.
    assertThat(wrong).isEmpty();
  }

  private static void print(String kind, Tally t) {
    System.out.printf(Locale.ROOT, "gold %s: P %.3f R %.3f F1 %.3f (%d matched, %d predicted, %d gold), attribute %d/%d, counterparts %d/%d%n  %s%n",
        kind, t.precision(), t.recall(), t.f1(), t.matched, t.predicted, t.gold, t.attribute, t.matched, t.counterparts, t.matched, t.notes);
  }

  private static void score(Tally t, JsonNode gold, String labelField, String attributeField, List<Item> predicted, JsonNode goldEntities) {
    t.predicted += predicted.size();
    Set<Item> used = new HashSet<>();
    for (JsonNode g : gold) {
      t.gold++;
      Set<String> labels = new HashSet<>(List.of(g.get(labelField).asText()));
      if (g.has("alternatives")) {
        g.get("alternatives").forEach(x -> labels.add(x.asText()));
      }
      Item hit = predicted.stream().filter(p -> !used.contains(p) && labels.contains(p.label())
          && overlap(g.get("quote").asText(), p.evidence().quote())).findFirst().orElse(null);
      if (hit == null) {
        t.notes.add("missed " + g.get("id").asText());
        continue;
      }
      used.add(hit);
      t.matched++;
      String want = g.get(attributeField).asText();
      boolean right = attributeField.equals("status") ? want.equals(hit.status())
          : forms(goldEntities, want).stream().anyMatch(hit.who()::contains);
      if (sameCounterparts(goldEntities, g.get("counterparts"), hit.counterparts())) {
        t.counterparts++;
      }
      if (right) {
        t.attribute++;
      } else {
        t.notes.add(g.get("id").asText() + " " + attributeField + " " + (attributeField.equals("status") ? hit.status() : hit.who()));
      }
    }
    predicted.stream().filter(p -> !used.contains(p)).forEach(p -> t.notes.add("extra \"" + p.evidence().quote() + "\""));
  }

  /** Every gold counterpart (none when the gold lists none) is among the predicted ones, and no more are predicted. */
  private static boolean sameCounterparts(JsonNode goldEntities, @Nullable JsonNode gold, List<Set<String>> predicted) {
    List<String> want = new ArrayList<>();
    if (gold != null) {
      gold.forEach(x -> want.add(x.asText()));
    }
    return want.size() == predicted.size()
        && want.stream().allMatch(w -> predicted.stream().anyMatch(p -> forms(goldEntities, w).stream().anyMatch(p::contains)));
  }

  /** At least half of the gold quote's words occur in the predicted quote. */
  private static boolean overlap(String gold, String predicted) {
    Set<String> have = new HashSet<>(words(predicted));
    List<String> want = words(gold);
    return want.stream().filter(have::contains).count() * 2 >= want.size();
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  /** The predicted entity's forms (name and aliases), keyed as GOLD.md's entity matching does. */
  private static Set<String> name(Analysis a, @Nullable String id) {
    Set<String> forms = new HashSet<>();
    a.entities().stream().filter(e -> e.id().equals(id)).forEach(e -> {
      forms.add(key(e.name()));
      e.aliases().forEach(x -> forms.add(key(x)));
    });
    return forms;
  }

  /** The gold entity's forms for a gold name: its name and aliases, or the name alone when it lists none. */
  private static Set<String> forms(JsonNode goldEntities, String name) {
    Set<String> forms = new HashSet<>(Set.of(key(name)));
    for (JsonNode e : goldEntities) {
      Set<String> these = new HashSet<>(Set.of(key(e.get("name").asText())));
      if (e.has("aliases")) {
        e.get("aliases").forEach(x -> these.add(key(x.asText())));
      }
      if (these.contains(key(name))) {
        forms.addAll(these);
      }
    }
    return forms;
  }

  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
