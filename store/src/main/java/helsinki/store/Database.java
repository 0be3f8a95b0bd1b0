package helsinki.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** One JDBC connection to SQLite or PostgreSQL, migrated to the current schema on open. */
final class Database implements AutoCloseable {

  /** The few places where SQLite and PostgreSQL differ. */
  enum Dialect {
    SQLITE, POSTGRESQL;

    static Dialect of(String url) {
      if (url.startsWith("jdbc:sqlite:")) {
        return SQLITE;
      }
      if (url.startsWith("jdbc:postgresql:")) {
        return POSTGRESQL;
      }
      throw new StoreException(redact(url) + ": only jdbc:sqlite: and jdbc:postgresql: databases are supported");
    }
  }

  /** Flyway reports each migration step at INFO through java.util.logging; users need only its warnings. */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  final Connection connection;
  final Dialect dialect;
  final String url;

  private Database(Connection connection, Dialect dialect, String url) {
    this.connection = connection;
    this.dialect = dialect;
    this.url = url;
  }

  static Database open(String url) {
    Dialect dialect = Dialect.of(url);
    migrate(url);
    try {
      Connection c = DriverManager.getConnection(url);
      if (dialect == Dialect.SQLITE) {
        try (Statement s = c.createStatement()) {
          // WAL lets readers in other processes see a consistent library while one ingest writes;
          // NORMAL sync in WAL mode loses nothing committed when the process is killed.
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          // Each document is its own transaction and dirties some thirty B-tree pages (its MinHash
          // bands land on random leaves); checkpointing every 64 MB of WAL instead of every 4 MB
          // cuts the fsyncs that dominated ingest time.
          s.execute("PRAGMA wal_autocheckpoint=16384");
          s.execute("PRAGMA cache_size=-65536");
          s.execute("PRAGMA foreign_keys=ON");
          s.execute("PRAGMA busy_timeout=10000");
        }
      }
      return new Database(c, dialect, url);
    } catch (SQLException e) {
      throw new StoreException("cannot open the database " + redact(url), e);
    }
  }

  private static void migrate(String url) {
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(url, null, null)
          .locations("classpath:helsinki/store/migration")
          .javaMigrations(new OutcomeLinkStatus())
          .load()
          .migrate();
    } catch (FlywayException e) {
      // Flyway wraps the driver's reason in a banner of dashes and SQL states; the reason is enough.
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new StoreException("cannot open the database " + redact(url), root);
    }
  }

  /** The URL without any password, fit for messages and stats. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database " + redact(url), e);
    }
  }
}
