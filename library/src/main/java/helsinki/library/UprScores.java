package helsinki.library;

/**
 * The UPR classifiers on the report part (sessions 17–20): themes micro- and macro-F1, action-category
 * accuracy, the response's area under the ROC curve, how many recommendations, and classification speed.
 */
public record UprScores(double microF1, double macroF1, double strengthAccuracy, double acceptanceAuc, int rows,
    double perSecond) {}
