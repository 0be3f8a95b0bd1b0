package helsinki.library;

import helsinki.store.Links;
import helsinki.store.Store;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads of the link tables for a listing: either all inside one transaction the caller holds, or each
 * on its own under the store's lock (a page of asks), so that what the listing does between reads
 * (parsing analyses, building views) runs without the lock and concurrent requests share the cores.
 */
final class LinkReads {

  private final @Nullable Links links;
  private final @Nullable Store store;

  private LinkReads(@Nullable Links links, @Nullable Store store) {
    this.links = links;
    this.store = store;
  }

  /** Reads through {@code links}, inside the caller's transaction. */
  static LinkReads in(Links links) {
    return new LinkReads(links, null);
  }

  /** Reads each in its own short hold of {@code store}'s lock. */
  static LinkReads each(Store store) {
    return new LinkReads(null, store);
  }

  <T> T read(Function<Links, T> read) {
    if (links != null) {
      return read.apply(links);
    }
    return java.util.Objects.requireNonNull(store).read(tx -> read.apply(tx.links()));
  }
}
