package helsinki.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP body read up to a size limit: past it, the download is cancelled rather than buffered.
 * Bodies of answers that are not 2xx are not read at all.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.@Nullable Result> {

  /**
   * The bytes read.
   *
   * @param truncated whether the body was longer than the limit (then {@code bytes} holds its
   *     first {@code maxBytes}, or nothing when the declared length already said so)
   * @param declaredLength the Content-Length the server sent, or -1
   */
  record Result(byte[] bytes, boolean truncated, long declaredLength) {}

  private final long maxBytes;
  private final long declaredLength;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<@Nullable Result> result = new CompletableFuture<>();
  private Flow.@Nullable Subscription subscription;

  private LimitedBody(long maxBytes, long declaredLength) {
    this.maxBytes = maxBytes;
    this.declaredLength = declaredLength;
  }

  /** The subscriber for one answer: a limited reader for 2xx, nothing for the rest. */
  static HttpResponse.BodySubscriber<@Nullable Result> forAnswer(HttpResponse.ResponseInfo info, long maxBytes) {
    if (info.statusCode() < 200 || info.statusCode() > 299) {
      return new Unread(null);
    }
    OptionalLong length = info.headers().firstValueAsLong("Content-Length");
    if (length.isPresent() && length.getAsLong() > maxBytes) {
      // Known to be too big before a byte is read: do not read any.
      return new Unread(new Result(new byte[0], true, length.getAsLong()));
    }
    return new LimitedBody(maxBytes, length.orElse(-1));
  }

  @Override
  public CompletionStage<@Nullable Result> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      int room = (int) Math.min(b.remaining(), maxBytes + 1 - out.size());
      byte[] chunk = new byte[room];
      b.get(chunk);
      out.write(chunk, 0, room);
    }
    Flow.Subscription s = subscription;
    if (out.size() > maxBytes) {
      if (s != null) {
        s.cancel();
      }
      result.complete(new Result(java.util.Arrays.copyOf(out.toByteArray(), (int) maxBytes), true, declaredLength));
    } else if (s != null) {
      s.request(1);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Result(out.toByteArray(), false, declaredLength));
  }

  /**
   * Cancels the body as soon as it starts (the JDK's discarding subscriber reads it to the end,
   * which an endless error page would never reach).
   */
  private static final class Unread implements HttpResponse.BodySubscriber<@Nullable Result> {

    private final CompletableFuture<@Nullable Result> result = new CompletableFuture<>();
    private final @Nullable Result value;

    Unread(@Nullable Result value) {
      this.value = value;
    }

    @Override
    public CompletionStage<@Nullable Result> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
      result.complete(value);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      // nothing was requested
    }

    @Override
    public void onError(Throwable t) {
      result.complete(value); // the status and headers are what this answer had to say
    }

    @Override
    public void onComplete() {
      result.complete(value);
    }
  }
}
