package helsinki.extract.link;

/**
 * A link that a rule accepted: its score in [0, 1] and the rule's name with the parts that held
 * ("actor=target action=same object=0.72 occasion=same"), kept with the link as its reason.
 */
public record Match(double score, String rule) {}
