package helsinki.ingest;

/** Turns a library's exception into the short reason a user reads after the input's name. */
final class Reasons {

  private static final int MAX_CHARS = 160;

  private Reasons() {}

  /**
   * The most specific message in the cause chain, on one line and at most 160 characters: the
   * innermost cause usually names the fault ("End-of-File, expected line"), the outer ones only
   * the library that met it.
   */
  static String shortReason(Throwable t) {
    String best = null;
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m != null && !m.isBlank()) {
        best = m;
      }
    }
    if (best == null) {
      best = t.getClass().getSimpleName();
    }
    String line = best.strip().split("\\R", 2)[0].strip();
    return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1) + "…";
  }

  /** Whether any message in the cause chain contains {@code needle}, ignoring case. */
  static boolean mentions(Throwable t, String needle) {
    String n = needle.toLowerCase(java.util.Locale.ROOT);
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains(n)) {
        return true;
      }
    }
    return false;
  }
}
