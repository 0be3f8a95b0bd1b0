package helsinki.library;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Fingerprint;
import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.eval.CountryAccuracy;
import helsinki.nlp.eval.TempEval;
import helsinki.nlp.eval.TimexScores;
import helsinki.nlp.eval.VictimNames;
import helsinki.nlp.places.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code helsinki eval}: measures the annotation stage on the public data sets in
 * a shared folder (report splits only) and on the worked examples' gold files. The models load once.
 */
public final class Evaluation {

  /** What {@code helsinki eval} can measure. */
  public enum Part {
    /** Time expressions on TempEval-3 platinum (report split: all of it). */
    TEMPEVAL,
    /** The first-ranked country of HRDsAttack test articles. */
    COUNTRIES,
    /** Entities against the examples' gold entities. */
    ENTITIES,
    /** The shipped UPR themes, strength and acceptance classifiers on UPR Info sessions 17–20. */
    UPR,
    /** Recommendations found in the 2014 UPR Working Group reports (report half; dev half beside it). */
    UNRECS,
    /** Events against the examples' gold events. */
    EVENTS,
    /** HRDsAttack test violation types from our events (report split: test.json). */
    HRDSATTACK_TYPES {
      @Override
      public String toString() {
        return "hrdsattack-types";
      }
    },
    /** CASE 2021 task 2 event subtypes of news snippets, on the labels our taxonomy covers (report only). */
    CASE2021,
    /** HRDsAttack test victim names among our person and group entities. */
    VICTIMS
  }

  private final Path shared;
  private final Gazetteer gazetteer;
  // CoreNLP's models take seconds to load; the country part does without them.
  private @Nullable CoreNlpAnnotator annotator;

  private Evaluation(Path shared, Gazetteer gazetteer) {
    this.shared = shared;
    this.gazetteer = gazetteer;
  }

  private synchronized CoreNlpAnnotator annotator() {
    if (annotator == null) {
      annotator = CoreNlpAnnotator.load(false);
    }
    return annotator;
  }

  /** An evaluation over the shared folder (the one holding {@code datasets/} and {@code examples/}). */
  public static Evaluation load(Path shared) throws InputException {
    if (!Files.isDirectory(shared)) {
      throw new InputException(shared.toString(), "no such folder: give the folder that holds datasets/ and examples/");
    }
    return new Evaluation(shared, Gazetteer.load());
  }

  /** TempEval-3 platinum time expressions, scored as the official TE3 scorer does. */
  public TimexScores tempEval() throws InputException {
    return TempEval.run(required(shared.resolve("datasets/tempeval3-platinum")), annotator());
  }

  /** HRDsAttack's test split: how often our first-ranked country is the labelled one. */
  public CountryAccuracy countries() throws InputException {
    return CountryAccuracy.measure(gazetteer, required(shared.resolve("datasets/hrdsattack/test.json")));
  }

  /** HRDsAttack's test split: its victim names among the names of our person and group entities. */
  public VictimNames.Scores victims() throws InputException {
    return VictimNames.measure(annotator(), gazetteer, required(shared.resolve("datasets/hrdsattack/test.json")));
  }

  /** Every {@code examples/*.gold.json}: its document analysed and its entities scored. */
  public EntityScores goldEntities() throws InputException {
    Path examples = required(shared.resolve("examples"));
    Analyzer analyzer = new Analyzer(new Ingester(IngestSettings.defaults()), annotator(), gazetteer, null);
    EntityScores total = EntityScores.NONE;
    for (Path goldFile : goldFiles(examples)) {
      JsonNode gold = readJson(goldFile);
      Path document = examples.resolve(gold.path("document").asText());
      total = total.plus(GoldEntities.score(gold.path("entities"), analyzer.analyze(document).entities()));
    }
    return total;
  }

  /** The shipped UPR classifiers on the report part of UPR Info's recommendations (sessions 17–20). */
  public UprScores upr() throws InputException {
    return UprReport.measure(required(shared.resolve(ClassifierTraining.DATA)));
  }

  /**
   * The recommendations that the fast path of {@link Analyzer} (no NLP) finds in the 2014 UPR reports,
   * matched to {@code upr_2014_recommendations_parsed.csv}; see {@link UnRecommendations} for the matching.
   */
  public RecommendationScores unRecommendations() throws InputException {
    Path upr = shared.resolve("datasets/upr-info-recs");
    Analyzer fast = new Analyzer(new Ingester(IngestSettings.defaults()), null, gazetteer, null);
    return UnRecommendations.measure(fast, required(upr.resolve("wg-report-texts-2014")),
        required(upr.resolve("upr_2014_recommendations_parsed.csv")));
  }

  /** Every {@code examples/*.gold.json}: its document analysed and its events scored (GOLD.md). */
  public EventScores goldEvents() throws InputException {
    Path examples = required(shared.resolve("examples"));
    Analyzer analyzer = analyzer();
    EventScores total = EventScores.NONE;
    for (Path goldFile : goldFiles(examples)) {
      JsonNode gold = readJson(goldFile);
      String name = gold.path("document").asText();
      total = total.plus(GoldEvents.score(name, gold.path("events"), analyzer.analyze(examples.resolve(name)).events()));
    }
    return total;
  }

  /** HRDsAttack's test split: violation types from our events, micro F1 as upstream computes it. */
  public LabelScores hrdsAttackTypes() throws InputException {
    List<HrdsAttackTypes.Article> articles = HrdsAttackTypes.read(required(shared.resolve("datasets/hrdsattack/test.json")));
    Analyzer analyzer = analyzer();
    return HrdsAttackTypes.score(articles, a -> HrdsAttackTypes.labels(analyzer.analyze(news(a.id(), a.title(), a.text())).events(), a.text()));
  }

  /** CASE 2021 task 2's labelled test set, weighted F1 over the labels our taxonomy covers. */
  public LabelScores case2021() throws InputException {
    List<Case2021.Snippet> snippets = Case2021.read(
        required(shared.resolve("datasets/case2021-task2-events/test_set_final_release_with_labels.tsv")));
    Analyzer analyzer = analyzer();
    return Case2021.score(snippets, s -> Case2021.family(analyzer.analyze(news("case-" + s.id(), null, s.text())).events()));
  }

  private Analyzer analyzer() {
    return new Analyzer(new Ingester(IngestSettings.defaults()), annotator(), gazetteer, null);
  }

  /** A news text read as it stands: the data sets give clean text, so ingest's readers have nothing to do. */
  static Document news(String id, @Nullable String title, String text) {
    return new Document("d-" + id, id, "text/plain", title, null, null, List.of(), null, "en", DocumentKind.NEWS, List.of(), text,
        List.of(), new Fingerprint(id, new int[0]));
  }

  private static List<Path> goldFiles(Path examples) throws InputException {
    try (Stream<Path> files = Files.list(examples)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(examples.toString(), "cannot list the folder: " + e.getMessage(), e);
    }
  }

  private static JsonNode readJson(Path file) throws InputException {
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file.toString(), "is not a readable gold file: " + e.getMessage(), e);
    }
  }

  private static Path required(Path path) throws InputException {
    if (!Files.exists(path)) {
      throw new InputException(path.toString(), "not found: the shared data sets are needed for this evaluation");
    }
    return path;
  }
}
