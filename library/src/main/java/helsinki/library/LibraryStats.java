package helsinki.library;

import helsinki.store.StoreStats;
import java.nio.file.Path;

/** The library's counts, with the index's size and where things live. */
public record LibraryStats(StoreStats store, long indexedDocuments, long indexBytes, Path indexFolder) {}
