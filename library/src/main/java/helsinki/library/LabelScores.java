package helsinki.library;

/**
 * A labelling task's figures: how many items were scored, and precision, recall and F1 as the task's own
 * metric defines them (micro-averaged over labels, or weighted by each label's support).
 */
public record LabelScores(int items, double precision, double recall, double f1) {}
