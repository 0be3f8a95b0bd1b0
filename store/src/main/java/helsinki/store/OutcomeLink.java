package helsinki.store;

/** A kept link: {@code outcome} answers {@code ask}, with the rule's score and reason. */
public record OutcomeLink(ItemRef outcome, ItemRef ask, double score, String rule) {}
