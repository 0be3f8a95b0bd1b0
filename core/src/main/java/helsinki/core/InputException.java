package helsinki.core;

import org.jspecify.annotations.Nullable;

/**
 * An input that cannot be read, with the one-line reason a user sees: {@code "<input>: <reason>"}.
 * Commands print it, go on with the other inputs and exit non-zero at the end.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  public InputException(String input, String reason) {
    this(input, reason, null);
  }

  public InputException(String input, String reason, @Nullable Throwable cause) {
    super(input + ": " + oneLine(reason), cause);
    this.input = input;
    this.reason = oneLine(reason);
  }

  /** The path or URL that failed, as the user gave it. */
  public String input() {
    return input;
  }

  /** Why it failed, in one line. */
  public String reason() {
    return reason;
  }

  private static String oneLine(String reason) {
    return reason.replaceAll("\\s+", " ").strip();
  }
}
