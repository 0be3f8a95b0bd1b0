package helsinki.store;

/** How many documents carry a label (a publisher, a kind, a year…). */
public record LabelCount(String label, long count) {}
