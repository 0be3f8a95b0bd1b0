package helsinki.library;

/**
 * How {@code helsinki train} builds the UPR classifiers: how many training rows to use (0: all of
 * sessions 1–16), the seed, the vocabulary size, the SGD epochs and AdaGrad learning rate of the themes
 * model and of the strength and acceptance models, and whether words of state names are left out.
 */
public record TrainingSettings(int limit, long seed, int vocabulary, int epochs, double learningRate, int labelEpochs,
    double labelLearningRate, boolean stripStates) {

  /**
   * The settings the shipped models were built with, chosen on held-out sessions 15–16 (EVALUATION.md):
   * state names left out cost nothing there and keep a letter's country from deciding its themes.
   */
  public static TrainingSettings defaults() {
    return new TrainingSettings(0, 20260101L, 12_000, 12, 0.5, 15, 0.2, true);
  }

  /** These settings on the first {@code rows} rows of the training sessions only. */
  public TrainingSettings limitedTo(int rows) {
    return new TrainingSettings(rows, seed, vocabulary, epochs, learningRate, labelEpochs, labelLearningRate, stripStates);
  }

  /** These settings with another seed. */
  public TrainingSettings seeded(long seed) {
    return new TrainingSettings(limit, seed, vocabulary, epochs, learningRate, labelEpochs, labelLearningRate, stripStates);
  }
}
