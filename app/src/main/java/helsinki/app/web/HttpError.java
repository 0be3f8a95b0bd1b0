package helsinki.app.web;

/** A request that cannot be answered, with the HTTP status and a one-line message for the person who sent it. */
final class HttpError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  static HttpError notFound(String message) {
    return new HttpError(404, message);
  }
}
