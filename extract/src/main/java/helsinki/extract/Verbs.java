package helsinki.extract;

import helsinki.core.AskAction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The verbs that name an ask's action (TAXONOMY.md), by lower-case base form or common inflection. */
final class Verbs {

  private static final Map<String, AskAction> ACTIONS = Map.ofEntries(
      Map.entry("raise", AskAction.RAISE), Map.entry("voice", AskAction.RAISE),
      Map.entry("express", AskAction.RAISE), Map.entry("underscore", AskAction.RAISE),
      Map.entry("make", AskAction.RAISE), Map.entry("press", AskAction.RAISE),
      Map.entry("urge", AskAction.RAISE), Map.entry("convey", AskAction.RAISE),
      Map.entry("condemn", AskAction.CONDEMN), Map.entry("denounce", AskAction.CONDEMN),
      Map.entry("meet", AskAction.MEET), Map.entry("receive", AskAction.MEET),
      Map.entry("repeal", AskAction.REPEAL), Map.entry("amend", AskAction.REPEAL),
      Map.entry("abolish", AskAction.REPEAL), Map.entry("withdraw", AskAction.REPEAL),
      Map.entry("release", AskAction.RELEASE), Map.entry("free", AskAction.RELEASE),
      Map.entry("investigate", AskAction.INVESTIGATE), Map.entry("prosecute", AskAction.INVESTIGATE),
      Map.entry("end", AskAction.END), Map.entry("stop", AskAction.END), Map.entry("cease", AskAction.END),
      Map.entry("halt", AskAction.END),
      Map.entry("protect", AskAction.PROTECT), Map.entry("ensure", AskAction.PROTECT),
      Map.entry("guarantee", AskAction.PROTECT),
      Map.entry("adopt", AskAction.ADOPT), Map.entry("ratify", AskAction.ADOPT), Map.entry("enact", AskAction.ADOPT),
      Map.entry("establish", AskAction.ADOPT),
      Map.entry("sanction", AskAction.SANCTION), Map.entry("impose", AskAction.SANCTION),
      Map.entry("support", AskAction.SUPPORT), Map.entry("fund", AskAction.SUPPORT),
      Map.entry("assist", AskAction.SUPPORT), Map.entry("cooperate", AskAction.SUPPORT));

  private Verbs() {}

  /** The action of {@code verb}, stripped of a final "s", "ed" or "ing" when the base form is known. */
  static Optional<AskAction> action(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    for (String form : new String[] {v, strip(v, "s"), strip(v, "ed"), strip(v, "d"), strip(v, "ing"), strip(v, "ing") + "e"}) {
      AskAction a = ACTIONS.get(form);
      if (a != null) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static String strip(String v, String suffix) {
    return v.endsWith(suffix) ? v.substring(0, v.length() - suffix.length()) : v;
  }
}
