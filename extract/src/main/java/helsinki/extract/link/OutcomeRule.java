package helsinki.extract.link;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Outcome;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores an outcome against a candidate ask that it might answer. It answers only when the outcome's
 * subject is the ask's target (or, for a nested ask, "urge Russian officials to repeal…", the party
 * who should finally act), the actions are compatible, the objects are alike, and the outcome was
 * not reported before the ask nor about another occasion; the score weighs those four.
 */
public final class OutcomeRule {

  /** Links scoring below this are not kept. */
  public static final double THRESHOLD = 0.6;
  /** An outcome reported this long after an ask with no shared occasion is too late to be its answer. */
  static final long WINDOW_DAYS = 366;

  private static final double TARGET = 1.0;
  private static final double FINAL_ACTOR = 0.8;

  private final SameActor actors;
  private final ObjectSimilarity similarity;

  /** A rule that resolves actors with {@code actors} and compares objects with {@code similarity}. */
  public OutcomeRule(SameActor actors, ObjectSimilarity similarity) {
    this.actors = actors;
    this.similarity = similarity;
  }

  /** The link from {@code outcome} to {@code ask}, if the outcome answers it. */
  public Optional<Match> score(InDocument<Outcome> outcome, InDocument<Ask> ask) {
    Outcome o = outcome.item();
    Ask a = ask.item();
    if (o.subject() == null) {
      return Optional.empty();
    }
    double actor = actor(outcome, ask);
    double action = actor == FINAL_ACTOR ? Actions.UNSPECIFIED : Actions.compatibility(o.action(), a.action());
    Double occasion = occasion(outcome, ask);
    if (actor == 0 || action == 0 || occasion == null) {
      return Optional.empty();
    }
    double object = similarity.of(o.object(), a.object());
    if (object < similarity.floor()) {
      return Optional.empty();
    }
    double score = 0.3 * actor + 0.25 * action + 0.3 * object + 0.15 * occasion;
    if (score < THRESHOLD) {
      return Optional.empty();
    }
    String rule = String.format(Locale.ROOT, "actor=%s action=%s object=%.2f%s occasion=%s",
        actor == TARGET ? "target" : "final", actor == FINAL_ACTOR ? "nested" : Actions.name(action), object,
        similarity.embedded() ? "" : "(words)", occasion == 1.0 ? "same" : occasion > 0.4 ? "window" : "unknown");
    return Optional.of(new Match(Math.round(score * 1000) / 1000.0, rule));
  }

  /** 1 when the subject is the target; 0.8 when it is whom a nested ask has the target press; else 0. */
  private double actor(InDocument<Outcome> outcome, InDocument<Ask> ask) {
    String subject = Objects.requireNonNull(outcome.item().subject());
    Ask a = ask.item();
    if (a.target() != null && actors.test(outcome.document(), subject, ask.document(), a.target())) {
      return TARGET;
    }
    boolean nested = a.action() == AskAction.RAISE && outcome.item().action() != AskAction.RAISE
        && outcome.item().action() != AskAction.CONDEMN;
    if (nested && a.counterparts().stream().anyMatch(c -> actors.test(outcome.document(), subject, ask.document(), c))) {
      return FINAL_ACTOR;
    }
    return 0;
  }

  /**
   * 1 for the same library engagement, 0.5 within a year after the ask, 0.3 when the dates are not
   * known; null (no link) when the outcome was reported before the ask or is about another engagement.
   */
  private static @Nullable Double occasion(InDocument<Outcome> outcome, InDocument<Ask> ask) {
    LocalDate said = ask.published();
    LocalDate reported = outcome.published();
    if (said != null && reported != null && reported.isBefore(said)) {
      return null;
    }
    if (outcome.engagement() != null && ask.engagement() != null) {
      return outcome.engagement().equals(ask.engagement()) ? 1.0 : null;
    }
    if (said != null && reported != null) {
      return reported.isAfter(said.plusDays(WINDOW_DAYS)) ? null : 0.5;
    }
    return 0.3;
  }
}
