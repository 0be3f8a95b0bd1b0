package helsinki.nlp;

import java.util.Locale;

/**
 * What the words around a date do to it: "late March" keeps the last third of March, "since 2011"
 * runs from 2011 to the anchor, "until May" ends with May.
 */
enum TimeModifier {
  NONE, EARLY, MID, LATE, SINCE, UNTIL;

  /** The modifier of a TIMEX3 {@code mod} attribute ("EARLY", "MID", "LATE", "START", "END"), or NONE. */
  static TimeModifier ofTimexMod(String mod) {
    return switch (mod.toUpperCase(Locale.ROOT)) {
      case "EARLY", "START" -> EARLY;
      case "MID" -> MID;
      case "LATE", "END" -> LATE;
      default -> NONE;
    };
  }

  /** The modifier that a word directly before or inside an expression carries, or NONE. */
  static TimeModifier ofWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "early", "beginning", "start" -> EARLY;
      case "mid", "mid-", "middle" -> MID;
      case "late", "end" -> LATE;
      case "since" -> SINCE;
      case "until", "till", "through" -> UNTIL;
      default -> NONE;
    };
  }
}
