package helsinki.library;

import helsinki.store.ItemRef;
import helsinki.store.KeyRow;
import helsinki.store.LinkKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keyed asks in the listing's order (dated documents by date, then undated ones; then document;
 * then ask number), read from the link keys' index a batch at a time as they are consumed, so that a
 * page near the start reads a few rows, not the library's. A batch never splits a document: its rows
 * are grouped, each ask kept once (an ask keyed by several actors has a row for each) and numbered.
 */
final class ListedAsks implements Iterator<ItemRef> {

  private final LinkReads links;
  private final @Nullable Collection<String> actorKeys;
  private final @Nullable Set<ItemRef> only;
  private final int batch;
  private final Deque<ItemRef> ready = new ArrayDeque<>();
  private boolean dated = true;
  private boolean done;
  private @Nullable KeyRow after;

  /**
   * Asks keyed by one of {@code actorKeys} (every keyed ask when null), only those of {@code only} when
   * it is not null (a few answered asks, read by document), read {@code batch} rows at a time.
   */
  ListedAsks(LinkReads links, @Nullable Collection<String> actorKeys, @Nullable Set<ItemRef> only, int batch) {
    this.links = links;
    this.actorKeys = actorKeys;
    this.only = only;
    this.batch = batch;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !done) {
      read();
    }
    return !ready.isEmpty();
  }

  @Override
  public ItemRef next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more asks");
    }
    return ready.poll();
  }

  private void read() {
    if (only != null) {
      readAnswered(only);
      return;
    }
    int rows = batch;
    List<KeyRow> read;
    List<List<KeyRow>> documents;
    boolean full;
    do {
      int size = rows;
      read = links.read(l -> l.listing(LinkKind.ASK, actorKeys, dated, after, size));
      full = read.size() == rows;
      documents = byDocument(read, full);
      rows *= 2; // when one document has more rows than a batch holds
    } while (full && documents.isEmpty());
    for (List<KeyRow> document : documents) {
      String id = document.get(0).item().document();
      items(document).forEach(item -> ready.add(new ItemRef(id, item)));
    }
    if (full) {
      List<KeyRow> last = documents.get(documents.size() - 1);
      after = last.get(last.size() - 1);
    } else if (dated) {
      dated = false;
      after = null;
    } else {
      done = true;
    }
  }

  /** The answered asks of {@code only}, few, all at once: sorted here as the index orders rows (undated documents last). */
  private void readAnswered(Set<ItemRef> only) {
    List<KeyRow> rows = new ArrayList<>(links.read(l -> l.askRows(only, actorKeys)));
    rows.sort(Comparator.comparing(KeyRow::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.item().document()).thenComparing(r -> r.item().item()));
    for (List<KeyRow> document : byDocument(rows, false)) {
      String id = document.get(0).item().document();
      items(document).forEach(item -> ready.add(new ItemRef(id, item)));
    }
    done = true;
  }

  /** The rows grouped by document, in order; when the batch was {@code full}, its last document waits for the next. */
  private static List<List<KeyRow>> byDocument(List<KeyRow> rows, boolean full) {
    List<List<KeyRow>> documents = new ArrayList<>();
    for (KeyRow row : rows) {
      List<KeyRow> current = documents.isEmpty() ? null : documents.get(documents.size() - 1);
      if (current == null || !current.get(0).item().document().equals(row.item().document())) {
        current = new ArrayList<>();
        documents.add(current);
      }
      current.add(row);
    }
    if (full && !documents.isEmpty()) {
      documents.remove(documents.size() - 1);
    }
    return documents;
  }

  /** A document's asks, each once, by number ("A2" before "A10"), as the whole listing orders them. */
  private static List<String> items(List<KeyRow> rows) {
    List<String> items = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(r -> r.item().item()).toList()));
    items.sort(Comparator.comparingInt(Listings::number));
    return items;
  }
}
