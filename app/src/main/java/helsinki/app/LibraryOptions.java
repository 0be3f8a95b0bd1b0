package helsinki.app;

import helsinki.library.LibraryLocation;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that say which library a command works on, shared by every library command. */
final class LibraryOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder of the library (default: $HELSINKI_DATA, else ./helsinki-data).")
  @Nullable Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Keep the records in this database instead of the data folder's SQLite file,"
          + " e.g. jdbc:postgresql://host/db?user=u (the search index stays in the data folder).")
  @Nullable String db;

  LibraryLocation location() {
    return LibraryLocation.resolve(data, db, System.getenv("HELSINKI_DATA"));
  }
}
