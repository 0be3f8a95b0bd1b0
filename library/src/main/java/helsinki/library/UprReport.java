package helsinki.library;

import helsinki.core.InputException;
import helsinki.extract.Classifiers;
import helsinki.extract.ModelManifest;
import java.nio.file.Path;
import java.util.List;

/** Runs the shipped UPR classifiers on the report sessions, which no model or threshold was tuned on. */
final class UprReport {

  private UprReport() {}

  static UprScores measure(Path csv) throws InputException {
    List<UprRecommendation> report = UprCsv.read(csv).stream()
        .filter(r -> r.session() > ClassifierTraining.LAST_TRAINING_SESSION).toList();
    if (report.isEmpty()) {
      throw new InputException(csv.toString(), "holds no recommendation of sessions 17-20, the report part");
    }
    ModelManifest manifest = Classifiers.shippedManifest();
    Classifiers classifiers = Classifiers.load(OnnxEmbedder.load());
    long start = System.nanoTime();
    UprHeldOut.Figures f = UprHeldOut.score(classifiers, report, manifest.themeThreshold(), manifest.documentThreshold());
    double seconds = (System.nanoTime() - start) / 1e9;
    return new UprScores(f.microF1(), f.macroF1(), f.strengthAccuracy(), f.acceptanceAuc(), report.size(), report.size() / seconds);
  }
}
