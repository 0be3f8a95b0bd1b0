package helsinki.store;

/** The library's store or index failed; the message is one line that names what and where. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(oneLine(message + ": " + cause.getMessage()), cause);
  }

  public StoreException(String message) {
    super(oneLine(message));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
