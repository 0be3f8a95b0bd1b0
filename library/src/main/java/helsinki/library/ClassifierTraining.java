package helsinki.library;

import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.extract.ModelManifest;
import helsinki.extract.link.Embedder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.tribuo.Model;
import org.tribuo.Tribuo;

/**
 * The use case behind {@code helsinki train}: builds the UPR themes, strength and acceptance models
 * from UPR Info's recommendations, sessions 1–16 only, and writes them with a manifest of their data.
 * Thresholds are tuned on the last two training sessions with models fitted on the others; the
 * shipped models are then refitted on all the training sessions with the same settings.
 */
public final class ClassifierTraining {

  /** The last session the models may learn from; sessions after it are the report part. */
  public static final int LAST_TRAINING_SESSION = 16;
  /** The recommendations file, relative to the shared folder. */
  public static final String DATA = "datasets/upr-info-recs/upr_info_recommendations_s01-s20.csv";

  private ClassifierTraining() {}

  /**
   * Trains on {@code shared}'s UPR recommendations and writes the models and manifest into {@code out};
   * the recommendations' sentence embeddings are cached in {@code ~/.cache/helsinki}.
   */
  public static TrainingReport train(Path shared, Path out, TrainingSettings settings) throws InputException {
    return train(shared, out, settings, Path.of(System.getProperty("user.home"), ".cache", "helsinki"));
  }

  /** Trains as {@link #train(Path, Path, TrainingSettings)} does, caching the embeddings in {@code cache}. */
  public static TrainingReport train(Path shared, Path out, TrainingSettings settings, Path cache) throws InputException {
    long start = System.nanoTime();
    Path csv = shared.resolve(DATA);
    if (!Files.isRegularFile(csv)) {
      throw new InputException(csv.toString(), "not found: give the shared folder that holds " + DATA);
    }
    List<UprRecommendation> training = UprCsv.read(csv).stream().filter(r -> r.session() <= LAST_TRAINING_SESSION).toList();
    if (settings.limit() > 0 && settings.limit() < training.size()) {
      training = training.subList(0, settings.limit());
    }
    Split split = split(training);
    String sha256 = UprCsv.sha256(csv);
    UprTrainer trainer = new UprTrainer(settings, settings.embed() ? UprEmbeddings.of(training, sha256, cache, onnx()) : null);
    UprHeldOut.Figures tuned = UprHeldOut.tune(trainer.train(split.fit).classifiers(0.5, 0.5), split.heldOut);
    UprTrainer.Trained models = trainer.train(training);
    ModelManifest manifest = new ModelManifest(DATA, sha256, sessions(training), sessions(split.heldOut),
        training.size(), settings.seed(), Tribuo.VERSION, models.vocabulary(), settings.toString(), tuned.themeThreshold(),
        tuned.documentThreshold(), tuned.asMap());
    Map<String, Long> bytes = write(out, models, manifest);
    return new TrainingReport(manifest, out, bytes, (System.nanoTime() - start) / 1e9);
  }

  /** The ONNX sentence embedder, loaded once when first needed (a few seconds): cached embeddings need none. */
  private static Supplier<Embedder> onnx() {
    Embedder[] loaded = new Embedder[1];
    return () -> {
      if (loaded[0] == null) {
        loaded[0] = OnnxEmbedder.load();
      }
      return loaded[0];
    };
  }

  private record Split(List<UprRecommendation> fit, List<UprRecommendation> heldOut) {}

  /** The last two sessions held out; a slice from fewer than three sessions holds out every fifth row instead. */
  private static Split split(List<UprRecommendation> training) {
    List<Integer> sessions = sessions(training);
    List<UprRecommendation> fit = new ArrayList<>();
    List<UprRecommendation> heldOut = new ArrayList<>();
    for (int i = 0; i < training.size(); i++) {
      UprRecommendation r = training.get(i);
      boolean held = sessions.size() >= 3 ? r.session() >= sessions.get(sessions.size() - 2) : i % 5 == 4;
      (held ? heldOut : fit).add(r);
    }
    return new Split(fit, heldOut);
  }

  private static List<Integer> sessions(List<UprRecommendation> recs) {
    return List.copyOf(new TreeSet<>(recs.stream().map(UprRecommendation::session).toList()));
  }

  private static Map<String, Long> write(Path out, UprTrainer.Trained models, ModelManifest manifest) throws InputException {
    Map<String, Long> bytes = new LinkedHashMap<>();
    try {
      Files.createDirectories(out);
      bytes.put(ModelManifest.THEMES, write(out.resolve(ModelManifest.THEMES), models.themes()));
      bytes.put(ModelManifest.STRENGTH, write(out.resolve(ModelManifest.STRENGTH), models.strength()));
      bytes.put(ModelManifest.ACCEPTANCE, write(out.resolve(ModelManifest.ACCEPTANCE), models.acceptance()));
      String json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n";
      Path manifestFile = out.resolve(ModelManifest.FILE);
      Files.writeString(tmp(manifestFile), json, StandardCharsets.UTF_8);
      Files.move(tmp(manifestFile), manifestFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      bytes.put(ModelManifest.FILE, Files.size(manifestFile));
      return bytes;
    } catch (IOException e) {
      throw new InputException(out.toString(), "the models cannot be written: " + e.getMessage(), e);
    }
  }

  /** Writes one model, gzipped, through a temporary file so that an interrupted run never leaves half a model. */
  private static long write(Path file, Model<?> model) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp(file)))) {
      model.serializeToStream(o);
    }
    Files.move(tmp(file), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return Files.size(file);
  }

  private static Path tmp(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }
}
