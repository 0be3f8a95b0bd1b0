package helsinki.extract.link;

import helsinki.core.AskAction;
import java.util.List;
import java.util.Set;

/**
 * Whether a reported action answers an asked one: the same action fully; actions of one family
 * (speaking out: RAISE and CONDEMN; undoing: REPEAL and END; enacting: ADOPT, PROTECT and SUPPORT)
 * in part; OTHER on either side (a UN response, "accepted the recommendation") weakly; else not at all.
 */
final class Actions {

  private static final List<Set<AskAction>> FAMILIES = List.of(
      Set.of(AskAction.RAISE, AskAction.CONDEMN),
      Set.of(AskAction.REPEAL, AskAction.END),
      Set.of(AskAction.ADOPT, AskAction.PROTECT, AskAction.SUPPORT));

  static final double SAME = 1.0;
  static final double FAMILY = 0.7;
  static final double UNSPECIFIED = 0.5;

  private Actions() {}

  /** How well {@code reported} answers {@code asked}, in [0, 1]. */
  static double compatibility(AskAction reported, AskAction asked) {
    if (reported == asked) {
      return SAME;
    }
    if (reported == AskAction.OTHER || asked == AskAction.OTHER) {
      return UNSPECIFIED;
    }
    return FAMILIES.stream().anyMatch(f -> f.contains(reported) && f.contains(asked)) ? FAMILY : 0;
  }

  /** A short name for a compatibility, for the link's rule text. */
  static String name(double compatibility) {
    return compatibility == SAME ? "same" : compatibility == FAMILY ? "family" : "unspecified";
  }
}
