package helsinki.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite file, plus what only a file can get wrong. */
class SqliteStoreTest extends StoreContract {

  @TempDir Path dir;
  private int databases;

  @Override
  String freshDatabaseUrl() {
    return Store.sqliteUrl(dir.resolve(databases++ == 0 ? "library.db" : "library" + databases + ".db"));
  }

  @Test
  void the_location_is_the_database_file() {
    assertThat(store.location()).isEqualTo(dir.resolve("library.db").toAbsolutePath().toString());
    assertThat(Files.exists(dir.resolve("library.db"))).isTrue();
  }

  @Test
  void an_unknown_database_kind_is_a_one_line_error() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/x"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("only jdbc:sqlite: and jdbc:postgresql:")
        .hasMessageNotContaining("\n");
  }

  @Test
  void a_database_in_a_missing_folder_is_a_one_line_error() {
    assertThatThrownBy(() -> Store.open(Store.sqliteUrl(dir.resolve("no/such/folder/library.db"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("library.db")
        .hasMessageNotContaining("\n");
  }
}
