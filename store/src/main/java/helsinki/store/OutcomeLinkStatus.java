package helsinki.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import helsinki.core.OutcomeStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * Store migration V8: each outcome link keeps its outcome's status and its outcome document's date,
 * so that an ask's current status is decided from its links (a few small rows) instead of the
 * outcomes' analyses. A library linked before V8 has them filled here from the stored analyses of
 * the documents that have outcome links (usually a few per cent of the library). Java, not SQL,
 * because the status lives in the analysis JSON; portable across SQLite and PostgreSQL.
 */
final class OutcomeLinkStatus implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8");
  }

  @Override
  public String getDescription() {
    return "outcome link status";
  }

  @Override
  public @Nullable Integer getChecksum() {
    return 8;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE outcome_links ADD COLUMN status VARCHAR(20)");
      s.execute("ALTER TABLE outcome_links ADD COLUMN published VARCHAR(10)");
    }
    List<String> documents = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT outcome_document FROM outcome_links")) {
      while (rs.next()) {
        documents.add(rs.getString(1));
      }
    }
    for (String document : documents) {
      fill(c, document);
    }
  }

  /** Fills the links from the outcomes of {@code document} from its stored analysis. */
  private static void fill(Connection c, String document) throws SQLException {
    @Nullable JsonNode analysis = analysis(c, document);
    if (analysis == null) {
      // No readable analysis: the links keep no status, and the listing passes them over as it
      // passes over a link whose outcome it cannot find.
      return;
    }
    JsonNode published = analysis.path("published");
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE outcome_links SET status = ?, published = ? WHERE outcome_document = ? AND outcome_id = ?")) {
      for (JsonNode outcome : analysis.path("outcomes")) {
        if (outcome.path("id").isTextual() && known(outcome.path("status").asText())) {
          update.setString(1, outcome.get("status").asText());
          update.setString(2, published.isTextual() ? published.asText() : null);
          update.setString(3, document);
          update.setString(4, outcome.get("id").asText());
          update.executeUpdate();
        }
      }
    }
  }

  /** Whether {@code status} names an outcome status (an analysis from another version might not). */
  private static boolean known(String status) {
    return Arrays.stream(OutcomeStatus.values()).anyMatch(s -> s.name().equals(status));
  }

  private static @Nullable JsonNode analysis(Connection c, String document) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT analysis FROM analyses WHERE document_id = ?")) {
      read.setString(1, document);
      try (ResultSet rs = read.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        try {
          return Json.mapper().readTree(rs.getString(1));
        } catch (JsonProcessingException e) {
          // Not JSON: reading that analysis fails with a one-line error when a listing reaches it, as
          // before V8; the migration must not make the whole library unopenable for it.
          return null;
        }
      }
    }
  }
}
