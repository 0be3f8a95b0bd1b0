package helsinki.store;

import static helsinki.store.TestDocs.doc;
import static helsinki.store.TestDocs.words;
import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Analysis;
import helsinki.core.AskAction;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Evidence;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import helsinki.core.Visibility;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V8 on a library linked by the schema before it: each link gets its outcome's status and date. */
class OutcomeLinkStatusTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void links_stored_before_v8_get_their_outcomes_status_and_none_is_lost() throws SQLException {
    String url = Store.sqliteUrl(dir.resolve("library.db"));
    Flyway.configure(Store.class.getClassLoader()).dataSource(url, null, null)
        .locations("classpath:helsinki/store/migration").target("7").load().migrate();
    try (Connection c = DriverManager.getConnection(url)) {
      Transaction tx = new Transaction(new Sql(c));
      tx.insert(doc("d-1", words("alpha", 40), null, DocumentKind.LETTER, LocalDate.of(2020, 1, 5)), Visibility.PUBLIC, List.of(), T0);
      Document report = doc("d-2", words("beta", 40), null, DocumentKind.REPORT, LocalDate.of(2021, 6, 1));
      tx.insert(report, Visibility.PUBLIC, List.of(), T0);
      tx.insert(doc("d-3", words("gamma", 40), null, DocumentKind.REPORT, null), Visibility.PUBLIC, List.of(), T0);
      tx.saveAnalysis(analysis(report, new Outcome("O1", null, AskAction.RELEASE, "them", OutcomeStatus.NOT_MET, null,
          List.of(), new Evidence(0, 4, "beta"))), "v1", T0);
      tx.saveAnalysis(analysis(doc("d-3", words("gamma", 40), null, DocumentKind.REPORT, null)), "v1", T0);
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE analyses SET analysis = '{not json' WHERE document_id = 'd-3'");
        s.execute(link("d-2", "O1", "A1", 0.9));
        s.execute(link("d-2", "O7", "A1", 0.5)); // an outcome the analysis does not have
        s.execute(link("d-3", "O1", "A2", 0.8)); // an outcome whose analysis cannot be read
      }
    }
    try (Store store = Store.open(url)) {
      List<Answer> answers = store.transaction(tx -> tx.links().answers());
      assertThat(answers).containsExactly(new Answer(
          new OutcomeLink(new ItemRef("d-2", "O1"), new ItemRef("d-1", "A1"), 0.9, "old rule"),
          OutcomeStatus.NOT_MET, LocalDate.of(2021, 6, 1)));
      List<OutcomeLink> first = store.transaction(tx -> tx.links().answering(new ItemRef("d-1", "A1")));
      List<OutcomeLink> second = store.transaction(tx -> tx.links().answering(new ItemRef("d-1", "A2")));
      assertThat(first).as("no link lost").hasSize(2);
      assertThat(second).hasSize(1);
    }
  }

  private static Analysis analysis(Document d, Outcome... outcomes) {
    return new Analysis(Analysis.FORMAT, d.id(), d.source(), d.title(), d.subtitle(), d.publisher(), d.authors(),
        d.published(), d.language(), d.kind(), List.of(), d.text(), d.captions(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(outcomes));
  }

  private static String link(String outcomeDocument, String outcome, String ask, double score) {
    return "INSERT INTO outcome_links (outcome_document, outcome_id, ask_document, ask_id, score, rule) VALUES ('"
        + outcomeDocument + "', '" + outcome + "', 'd-1', '" + ask + "', " + score + ", 'old rule')";
  }
}
