package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.Json;
import helsinki.store.ActorEntity;
import helsinki.core.Outcome;
import helsinki.store.OutcomeLink;
import helsinki.store.SourceRecord;
import helsinki.store.Store;
import helsinki.store.StoredDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes every document of the library, in id order, as JSON Lines (FORMAT.md) or CSV. */
final class Exporter {

  private static final int PAGE = 500;
  static final List<String> CSV_COLUMNS = List.of("id", "kind", "title", "publisher", "authors", "published",
      "language", "countries", "visibility", "sources", "ingested", "updated");

  private final Store store;

  Exporter(Store store) {
    this.store = store;
  }

  long export(ExportFormat format, Writer out) throws IOException {
    if (format == ExportFormat.CSV) {
      out.write(String.join(",", CSV_COLUMNS) + "\r\n");
    }
    long n = 0;
    String after = "";
    for (List<String> ids = store.ids(after, PAGE); !ids.isEmpty(); ids = store.ids(after, PAGE)) {
      for (String id : ids) {
        StoredDocument d = store.find(id).orElseThrow();
        out.write(format == ExportFormat.JSONL
            ? Json.line(withAnswers(store.analysis(id).map(this::canonical).orElseGet(() -> analysis(d)))) + "\n"
            : csvRow(d, store.sources(id)));
        n++;
      }
      after = ids.get(ids.size() - 1);
    }
    out.flush();
    return n;
  }

  /** The analysis with the library's canonical actor ids for the entities linked to actors (FORMAT.md). */
  private Analysis canonical(Analysis a) {
    Map<String, String> actors = new HashMap<>();
    store.transaction(tx -> {
      for (ActorEntity e : tx.actors().entitiesIn(a.id())) {
        actors.put(e.entityId(), tx.actors().resolve(e.actorId()).orElse(e.actorId()));
      }
      return null;
    });
    return CanonicalIds.apply(a, actors);
  }

  /** The analysis with each outcome's {@code answers} as the link stage found them, as {@code documentId#askId}. */
  private Analysis withAnswers(Analysis a) {
    if (a.outcomes().isEmpty()) {
      return a;
    }
    List<OutcomeLink> links = store.transaction(tx -> tx.links().fromOutcomesOf(a.id()));
    List<Outcome> outcomes = a.outcomes().stream().map(o -> new Outcome(o.id(), o.subject(), o.action(), o.object(),
        o.status(), o.occasion(), links.stream().filter(l -> l.outcome().item().equals(o.id())).map(l -> l.ask().toString())
        .toList(), o.evidence())).toList();
    return new Analysis(a.format(), a.id(), a.source(), a.title(), a.subtitle(), a.publisher(), a.authors(), a.published(),
        a.language(), a.kind(), a.addressees(), a.text(), a.captions(), a.countries(), a.themes(), a.entities(), a.events(),
        a.engagements(), a.asks(), outcomes);
  }

  /** The FORMAT.md object of a document never analysed: its record, and the countries known so far. */
  static Analysis analysis(StoredDocument stored) {
    Document d = stored.document();
    return new Analysis(Analysis.FORMAT, d.id(), d.source(), d.title(), d.subtitle(), d.publisher(), d.authors(),
        d.published(), d.language(), d.kind(), List.of(), d.text(), d.captions(), stored.countries(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static String csvRow(StoredDocument stored, List<SourceRecord> sources) {
    Document d = stored.document();
    List<String> cells = List.of(d.id(), d.kind().name(), text(d.title()), text(d.publisher()),
        d.authors().stream().map(Author::name).collect(Collectors.joining("; ")),
        d.published() == null ? "" : d.published().toString(), text(d.language()), String.join(";", stored.countries()),
        stored.visibility().name(), sources.stream().map(SourceRecord::source).collect(Collectors.joining(" ")),
        stored.ingested().toString(), stored.updated().toString());
    return cells.stream().map(Exporter::quote).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
