package helsinki.store;

import java.time.Instant;

/**
 * A person's decision about canonical actors, kept for the audit trail and never undone by re-analysis.
 *
 * @param kind what was decided
 * @param actorId the actor decided about (MERGE: the one kept; SPLIT: the one an alias left)
 * @param subject MERGE: the actor merged into {@code actorId}; SPLIT: the alias split off
 * @param resultId MERGE: {@code actorId}; SPLIT: the new actor that holds the alias
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record ActorDecision(long id, Kind kind, String actorId, String subject, String resultId, String decidedBy,
    Instant decidedAt) {

  /** The decisions a person can make about actors. */
  public enum Kind {
    /** Two actors are one. */
    MERGE,
    /** An alias is another actor. */
    SPLIT
  }
}
