package helsinki.extract.link;

import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether engagements read from two documents are one: an upcoming visit in a letter and the visit,
 * or a meeting during it, reported afterwards. They must have the same actor, compatible types, no
 * disagreeing countries and overlapping times; an engagement without a date of its own is placed
 * within {@link #AROUND_DAYS} of its document's date.
 */
public final class EngagementRule {

  /** Links scoring below this are not kept. */
  public static final double THRESHOLD = 0.72;
  /** How far from its document's date an undated engagement may lie ("upcoming", "recent"). */
  static final long AROUND_DAYS = 60;

  /** A meeting is often held during a visit or a summit; calls and hearings stand alone. */
  private static final List<Set<EngagementType>> FAMILIES = List.of(
      Set.of(EngagementType.VISIT, EngagementType.MEETING, EngagementType.SUMMIT));

  private final SameActor actors;

  /** A rule that resolves actors with {@code actors}. */
  public EngagementRule(SameActor actors) {
    this.actors = actors;
  }

  /** The match of two engagements from different documents, if they are one. */
  public Optional<Match> score(InDocument<Engagement> a, InDocument<Engagement> b) {
    Engagement x = a.item();
    Engagement y = b.item();
    double type = x.type() == y.type() ? 1.0
        : FAMILIES.stream().anyMatch(f -> f.contains(x.type()) && f.contains(y.type())) ? 0.7 : 0;
    if (type == 0 || !actors.test(a.document(), x.actor(), b.document(), y.actor())) {
      return Optional.empty();
    }
    String cx = x.place() == null ? null : x.place().country();
    String cy = y.place() == null ? null : y.place().country();
    if (cx != null && cy != null && !cx.equals(cy)) {
      return Optional.empty();
    }
    Days tx = span(a);
    Days ty = span(b);
    if (tx != null && ty != null && (tx.to().isBefore(ty.from()) || ty.to().isBefore(tx.from()))) {
      return Optional.empty();
    }
    double place = cx != null && cy != null ? 1.0 : 0.5;
    double time = tx != null && ty != null ? 1.0 : 0.5;
    double score = 0.4 * type + 0.3 * place + 0.3 * time;
    if (score < THRESHOLD) {
      return Optional.empty();
    }
    String rule = String.format(Locale.ROOT, "actor=same type=%s place=%s time=%s",
        type == 1.0 ? "same" : "family", place == 1.0 ? "country" : "unknown", time == 1.0 ? "overlap" : "unknown");
    return Optional.of(new Match(Math.round(score * 1000) / 1000.0, rule));
  }

  /** The days the engagement may have taken place on: its own dates, else around its document's date. */
  static @Nullable Days span(InDocument<Engagement> e) {
    When when = e.item().when();
    if (when != null && when.start() != null) {
      return new Days(when.start(), when.end() == null ? when.start() : when.end());
    }
    LocalDate d = e.published();
    return d == null ? null : new Days(d.minusDays(AROUND_DAYS), d.plusDays(AROUND_DAYS));
  }

  /** The first and last day an engagement may have taken place on. */
  record Days(LocalDate from, LocalDate to) {}
}
