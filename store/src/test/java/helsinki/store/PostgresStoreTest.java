package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same store contract on a real PostgreSQL server that the test starts and stops itself. */
class PostgresStoreTest extends StoreContract {

  private static PostgresServer server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void startServer() throws Exception {
    var why = PostgresServer.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> "PostgreSQL tests skipped: " + why.orElse(""));
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  String freshDatabaseUrl() throws Exception {
    String name = "library" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(server.url("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return server.url(name);
  }

  @Test
  void the_location_is_the_url_without_a_password() {
    assertThat(store.location()).startsWith("jdbc:postgresql://127.0.0.1:").doesNotContain("password");
  }
}
