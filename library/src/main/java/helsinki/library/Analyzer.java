package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Document;
import helsinki.core.InputException;
import helsinki.ingest.Ingester;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

/** The stateless use case behind {@code helsinki analyze}: read one input and analyse it, storing nothing. */
public final class Analyzer {

  private final Ingester ingester;

  public Analyzer(Ingester ingester) {
    this.ingester = ingester;
  }

  /** Reads and analyses one file. */
  public Analysis analyze(Path file) throws InputException {
    return analyze(ingester.read(file));
  }

  /** Fetches and analyses one {@code http(s)} URL. */
  public Analysis analyze(URI url) throws InputException {
    return analyze(ingester.fetch(url));
  }

  /** Reads and analyses a stream named {@code source}. */
  public Analysis analyze(String source, InputStream in) throws InputException {
    return analyze(ingester.read(source, in));
  }

  Analysis analyze(Document document) {
    LetterActors.Found actors = LetterActors.of(document);
    return Analysis.of(document, actors.entities(), actors.addresseeIds());
  }
}
