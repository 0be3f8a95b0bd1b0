package helsinki.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index of the library, derived from the store: BM25 over title, text, captions,
 * publisher and authors, with facets and highlighted snippets. Each commit records the last store
 * change it holds, so that after a crash {@link #indexedChange()} says where to catch up from.
 * While another process writes it, it opens read-only and searches that process's last commit.
 * Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

  private static final String CHANGE_SEQ = "changeSeq";
  private static final String STORE_ID = "storeId";

  private final Path folder;
  private final Directory directory;
  /** Null when another process holds the index's write lock: then this one only reads its commits. */
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FacetsConfig facets = IndexedFields.facetsConfig();
  private final Searcher searcher;
  private volatile long indexedChange;
  private final @Nullable String committedStore;

  private SearchIndex(Path folder, Directory directory, @Nullable IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    this.searcher = new Searcher(searchers, analyzer, SearchCache.configuredCapacity());
    Map<String, String> committed = writer != null ? userData(writer.getLiveCommitData()) : lastUserData(directory);
    this.indexedChange = Long.parseLong(committed.getOrDefault(CHANGE_SEQ, "0"));
    this.committedStore = committed.get(STORE_ID);
  }

  /** Opens (or creates) the index in {@code folder}. */
  public static SearchIndex open(Path folder) {
    try {
      Files.createDirectories(folder);
      Directory directory = FSDirectory.open(folder);
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          // Only commit() makes changes durable, with the change number they reach; a close without
          // one is treated like a crash, which catch-up on the next open repairs.
          .setCommitOnClose(false);
      try {
        return new SearchIndex(folder, directory, new IndexWriter(directory, config));
      } catch (LockObtainFailedException e) {
        return readOnly(folder, directory);
      }
    } catch (IOException e) {
      throw new StoreException("cannot open the index " + folder, e);
    }
  }

  /** Another process writes the index (an ingest): search its last commit, write nothing. */
  private static SearchIndex readOnly(Path folder, Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new StoreException(inUse(folder));
    }
    return new SearchIndex(folder, directory, null);
  }

  private static String inUse(Path folder) {
    return "the index " + folder + " is being written by another helsinki process; try again when it ends";
  }

  /** Whether this process may write the index; false while another process (an ingest) holds it. */
  public boolean writable() {
    return writer != null;
  }

  /** The last store change that the index holds (committed or not). */
  public long indexedChange() {
    return indexedChange;
  }

  /** Adds or replaces one document; visible to searches at once, durable at the next {@link #commit}. */
  public void put(StoredDocument document) {
    IndexWriter writer = writer();
    try {
      writer.updateDocument(new Term(IndexedFields.ID, document.id()), facets.build(IndexedFields.of(document)));
      indexedChange = Math.max(indexedChange, document.changeSeq());
    } catch (IOException e) {
      throw new StoreException("cannot index " + document.id(), e);
    }
  }

  /** Records that store change {@code change} altered nothing the index holds (a source added to a record). */
  public void skip(long change) {
    writer();
    indexedChange = Math.max(indexedChange, change);
  }

  /** The id of the store that the last commit was made from, if it recorded one. */
  public Optional<String> committedStore() {
    return Optional.ofNullable(committedStore);
  }

  /**
   * Makes everything put so far durable, recording that the index holds changes up to {@code change}
   * of the store with id {@code storeId}.
   */
  public synchronized void commit(long change, String storeId) {
    IndexWriter writer = writer();
    try {
      indexedChange = change;
      writer.setLiveCommitData(Map.of(CHANGE_SEQ, Long.toString(change), STORE_ID, storeId).entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot commit the index " + folder, e);
    }
  }

  /** Removes every document (before a rebuild); durable at the next commit. */
  public synchronized void clear() {
    IndexWriter writer = writer();
    try {
      writer.deleteAll();
      indexedChange = 0;
    } catch (IOException e) {
      throw new StoreException("cannot clear the index " + folder, e);
    }
  }

  /** Searches the index. */
  public SearchResults search(SearchQuery query) {
    return searcher.search(query);
  }

  /** How many documents the index holds, counting uncommitted ones. */
  public long count() {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the index " + folder, e);
    }
  }

  /** The size of the index files on disk, in bytes. */
  public long sizeBytes() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(SearchIndex::size).sum();
    } catch (IOException e) {
      throw new StoreException("cannot list the index " + folder, e);
    }
  }

  /** Where the index lives. */
  public Path folder() {
    return folder;
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the index " + folder, e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new StoreException(inUse(folder));
    }
    return writer;
  }

  private static Map<String, String> lastUserData(Directory directory) throws IOException {
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    return commits.get(commits.size() - 1).getUserData();
  }

  private static Map<String, String> userData(@Nullable Iterable<Map.Entry<String, String>> data) {
    Map<String, String> map = new HashMap<>();
    if (data != null) {
      data.forEach(e -> map.put(e.getKey(), e.getValue()));
    }
    return map;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // A segment file merged away between listing and sizing counts as nothing.
      if (Files.exists(file)) {
        throw new UncheckedIOException(e);
      }
      return 0;
    }
  }
}
