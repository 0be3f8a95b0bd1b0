package helsinki.library;

/**
 * How {@code helsinki train} builds the UPR classifiers: how many training rows to use (0: all of
 * sessions 1–16), the seed, the vocabulary size, the SGD epochs and AdaGrad learning rate of the themes
 * model, of the acceptance model and of the strength model, whether words of state names are left out,
 * and whether the strength model also reads a sentence embedding of the text.
 */
public record TrainingSettings(int limit, long seed, int vocabulary, int epochs, double learningRate, int labelEpochs,
    double labelLearningRate, boolean stripStates, int strengthEpochs, double strengthLearningRate, boolean embed) {

  /**
   * The settings the shipped models were built with, chosen on held-out sessions 15–16 (EVALUATION.md):
   * state names left out cost nothing there and keep a letter's country from deciding its themes; the
   * embedding features need a lower rate and more epochs than the words alone.
   */
  public static TrainingSettings defaults() {
    return new TrainingSettings(0, 20260101L, 12_000, 12, 0.5, 15, 0.2, true, 30, 0.1, true);
  }

  /** These settings on the first {@code rows} rows of the training sessions only. */
  public TrainingSettings limitedTo(int rows) {
    return new TrainingSettings(rows, seed, vocabulary, epochs, learningRate, labelEpochs, labelLearningRate, stripStates,
        strengthEpochs, strengthLearningRate, embed);
  }

  /** These settings with another seed. */
  public TrainingSettings seeded(long seed) {
    return new TrainingSettings(limit, seed, vocabulary, epochs, learningRate, labelEpochs, labelLearningRate, stripStates,
        strengthEpochs, strengthLearningRate, embed);
  }
}
