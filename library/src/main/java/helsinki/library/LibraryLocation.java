package helsinki.library;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a library lives: a data folder (SQLite file and Lucene index) and, for a server, a
 * PostgreSQL URL that replaces the SQLite file while the index stays in the data folder.
 */
public record LibraryLocation(Path dataFolder, @Nullable String jdbcUrl) {

  /** The data folder when nothing says otherwise. */
  public static final Path DEFAULT_FOLDER = Path.of("helsinki-data");

  /**
   * The location that the options and the environment give: {@code --data}, else
   * {@code HELSINKI_DATA}, else {@code ./helsinki-data}; {@code --db} selects the database.
   */
  public static LibraryLocation resolve(@Nullable Path data, @Nullable String db, @Nullable String envData) {
    Path folder = data != null ? data : envData != null && !envData.isBlank() ? Path.of(envData) : DEFAULT_FOLDER;
    return new LibraryLocation(folder, db == null || db.isBlank() ? null : db);
  }

  /** The SQLite file, when no database URL is given. */
  public Path databaseFile() {
    return dataFolder.resolve("library.db");
  }

  /** The Lucene index folder. */
  public Path indexFolder() {
    return dataFolder.resolve("index");
  }
}
