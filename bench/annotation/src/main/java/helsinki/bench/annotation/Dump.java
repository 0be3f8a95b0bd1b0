package helsinki.bench.annotation;

import helsinki.core.Analysis;
import helsinki.core.Annotated;
import helsinki.core.Annotator;
import helsinki.core.Document;
import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.places.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Writes everything {@code analyze} gives for the benchmark's articles, so that a speed-up can be
 * checked to change nothing: {@code Dump SHARED N OUT_DIR} writes {@code analysis.jsonl} (one
 * analysis per article) and {@code annotated.txt} (the annotation stage's sentences, tokens, mentions,
 * times and quantities); two runs are compared with {@code diff}.
 */
public final class Dump {

  private static final LocalDate ANCHOR = LocalDate.of(2020, 1, 1);

  private Dump() {}

  public static void main(String[] args) throws IOException {
    List<Articles.Article> articles = Articles.read(Path.of(args[0]));
    articles = articles.subList(0, Math.min(articles.size(), Integer.parseInt(args[1])));
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Recording recording = new Recording(CoreNlpAnnotator.load(false));
    Analyzer analyzer = new Analyzer(new Ingester(IngestSettings.defaults()), recording, Gazetteer.load(), ANCHOR);
    try (Writer analyses = Files.newBufferedWriter(out.resolve("analysis.jsonl"), StandardCharsets.UTF_8);
        Writer annotations = Files.newBufferedWriter(out.resolve("annotated.txt"), StandardCharsets.UTF_8)) {
      for (Articles.Article a : articles) {
        try {
          Analysis analysis = analyzer.analyze(a.name() + ".txt", new ByteArrayInputStream(a.text().getBytes(StandardCharsets.UTF_8)));
          analyses.write(a.name() + "\t" + Json.line(analysis) + "\n");
          for (String line : lines(recording.last.get())) {
            annotations.write(a.name() + "\t" + line + "\n");
          }
        } catch (InputException e) {
          analyses.write(a.name() + "\trefused: " + e.getMessage() + "\n");
        }
      }
    }
  }

  private static List<String> lines(@Nullable Annotated a) {
    List<String> lines = new ArrayList<>();
    if (a == null) {
      return lines;
    }
    a.sentences().forEach(s -> lines.add("S " + s));
    a.mentions().forEach(m -> lines.add("M " + m));
    a.times().forEach(t -> lines.add("T " + t));
    a.quantities().forEach(q -> lines.add("Q " + q));
    return lines;
  }

  /** The annotator with the last annotation it made kept aside. */
  private static final class Recording implements Annotator {
    private final Annotator inner;
    private final AtomicReference<@Nullable Annotated> last = new AtomicReference<>();

    Recording(Annotator inner) {
      this.inner = inner;
    }

    @Override
    public Annotated annotate(Document document, @Nullable LocalDate anchor) {
      Annotated a = inner.annotate(document, anchor);
      last.set(a);
      return a;
    }
  }
}
