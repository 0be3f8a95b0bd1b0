package helsinki.core;

/**
 * A grammatical relation between two tokens of one sentence (Universal Dependencies), by their
 * positions in the sentence's token list; the root word has no incoming relation.
 *
 * @param head position of the governing token
 * @param dependent position of the dependent token
 * @param relation the UD relation ("nsubj", "obj", "nmod:poss"…)
 */
public record Dependency(int head, int dependent, String relation) {}
