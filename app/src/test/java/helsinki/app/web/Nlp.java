package helsinki.app.web;

import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;

/** The full analyzer (CoreNLP and the gazetteer), loaded once for all the web tests that need real analyses. */
final class Nlp {

  private static Analyzer analyzer;

  private Nlp() {}

  static synchronized Analyzer analyzer() {
    if (analyzer == null) {
      analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
    }
    return analyzer;
  }
}
