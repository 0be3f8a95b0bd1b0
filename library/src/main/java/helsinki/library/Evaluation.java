package helsinki.library;

import com.fasterxml.jackson.databind.JsonNode;
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
