package helsinki.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recorded ingest run: the inputs it was given and when it started and finished.
 *
 * @param key a digest of the inputs, so that the same command line finds its unfinished job
 */
public record IngestJob(long id, String key, List<String> inputs, Instant started, @Nullable Instant finished) {

  public IngestJob {
    inputs = List.copyOf(inputs);
  }
}
