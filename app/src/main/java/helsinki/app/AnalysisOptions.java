package helsinki.app;

import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Whether a command that stores documents also analyses them (entities, places, asks…), which loads the NLP models. */
final class AnalysisOptions {

  @Option(names = "--no-analyze",
      description = "Store documents without analysing them: much faster, but no actors, places, asks or outcomes"
          + " (run `helsinki reanalyze` later to add them).")
  boolean noAnalyze;

  /** The analyzer to store documents with, loaded now (seconds), or null with --no-analyze. */
  @Nullable Analyzer analyzer() {
    return noAnalyze ? null : Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
  }
}
