package helsinki.library;

import helsinki.extract.Classifiers;
import helsinki.extract.link.Embedder;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A developer's tool, not a test: fits the strength model on UPR sessions 1–14 and scores it on the
 * held-out sessions 15–16 only (never the report sessions), printing the accuracy and the confusion
 * matrix and writing each held-out row's gold and predicted category to a TSV:
 * {@code StrengthDevRun SHARED OUT.tsv [epochs rate]}. Embeddings come from the training cache.
 */
final class StrengthDevRun {

  private StrengthDevRun() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    Path csv = shared.resolve(ClassifierTraining.DATA);
    List<UprRecommendation> training = UprCsv.read(csv).stream()
        .filter(r -> r.session() <= ClassifierTraining.LAST_TRAINING_SESSION).toList();
    Embedder embedder = UprEmbeddings.of(training, UprCsv.sha256(csv),
        Path.of(System.getProperty("user.home"), ".cache", "helsinki"), () -> {
          throw new IllegalStateException("embeddings not cached");
        });
    List<UprRecommendation> fit = training.stream().filter(r -> r.session() <= 14).toList();
    List<UprRecommendation> dev = training.stream().filter(r -> r.session() >= 15).toList();
    TrainingSettings d = TrainingSettings.defaults();
    int epochs = args.length > 3 ? Integer.parseInt(args[2]) : d.strengthEpochs();
    double rate = args.length > 3 ? Double.parseDouble(args[3]) : d.strengthLearningRate();
    // Themes and acceptance get one epoch: only the strength model is scored.
    TrainingSettings s = new TrainingSettings(0, Long.getLong("seed", d.seed()), Integer.getInteger("vocab", d.vocabulary()), 1,
        d.learningRate(), 1, d.labelLearningRate(), d.stripStates(), epochs, rate, true);
    long start = System.nanoTime();
    Classifiers c = new UprTrainer(s, embedder).train(fit).classifiers(0.5, 0.5);
    System.out.printf(Locale.ROOT, "trained in %.0f s%n", (System.nanoTime() - start) / 1e9);
    int[][] confusion = new int[6][6];
    int right = 0;
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (UprRecommendation r : dev) {
        var scores = c.strengthScores(r.text());
        int p = c.strength(r.text()).orElse(0);
        confusion[r.action()][p]++;
        right += p == r.action() ? 1 : 0;
        StringBuilder probs = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
          probs.append(String.format(Locale.ROOT, "%.5f\t", scores.getOrDefault(k, 0.0)));
        }
        w.write(r.action() + "\t" + p + "\t" + probs + r.text().replaceAll("\\s+", " ") + "\n");
      }
    }
    System.out.printf(Locale.ROOT, "accuracy %.4f (%d/%d)%n", right / (double) dev.size(), right, dev.size());
    for (int g = 1; g <= 5; g++) {
      StringBuilder line = new StringBuilder("gold " + g + ":");
      for (int p = 0; p <= 5; p++) {
        line.append(String.format(Locale.ROOT, " %5d", confusion[g][p]));
      }
      System.out.println(line);
    }
  }
}
