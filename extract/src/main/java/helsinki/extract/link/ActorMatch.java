package helsinki.extract.link;

/**
 * An entity's best canonical actor.
 *
 * @param actorId the candidate's id
 * @param rule the rule that matched
 * @param score how sure the rules are, 0..1 (role and country agreement add a little)
 */
public record ActorMatch(String actorId, ActorRule rule, double score) {}
