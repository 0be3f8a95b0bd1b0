package helsinki.nlp.eval;

import helsinki.core.Annotated;
import helsinki.core.InputException;
import helsinki.core.TimeExpression;
import helsinki.nlp.CoreNlpAnnotator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TempEval-3 Task A (time expressions) on the platinum test set, scored as the official
 * {@code TE3-evaluation.py} does: a gold and a system TIMEX3 match relaxed when their extents
 * overlap and strictly when their extents are the same; precision counts matched system TIMEX3s,
 * recall matched gold ones; value and type accuracy are taken over the relaxed-matched gold TIMEX3s,
 * and value F1 is that accuracy times relaxed F1. The official tool aligns extents by whitespace
 * tokens after its TimeML normaliser; this one compares character offsets, which differs only where
 * an extent starts or ends inside a token.
 */
public final class TempEval {

  /** TimeML leaves these signal words outside TIMEX3; our time expressions include them. */
  private static final Pattern SIGNAL = Pattern.compile("(?i)^(since|until|till|through)\\s+");

  private TempEval() {}

  /**
   * Runs {@code annotator} over the platinum inputs in {@code dataset} (the folder holding
   * {@code te3-platinum} and {@code te3-platinum-input}), each anchored on its creation date.
   */
  public static TimexScores run(Path dataset, CoreNlpAnnotator annotator) throws InputException {
    Map<String, TimeMl.Doc> gold = read(dataset.resolve("te3-platinum"), ".tml");
    Map<String, TimeMl.Doc> inputs = read(dataset.resolve("te3-platinum-input"), ".TE3input");
    if (!inputs.keySet().equals(gold.keySet())) {
      throw new InputException(dataset.toString(), "gold and input documents differ: " + gold.keySet() + " vs " + inputs.keySet());
    }
    TimexScores total = TimexScores.NONE;
    for (TimeMl.Doc input : inputs.values()) {
      TimeMl.Doc answer = gold.get(input.id());
      if (!answer.text().equals(input.text())) {
        throw new InputException(dataset.toString(), "the text of " + input.id() + " differs between gold and input");
      }
      Annotated annotated = annotator.annotateText(input.id(), input.text(), input.created());
      total = total.plus(score(answer.timexes(), system(annotated, input.text())));
    }
    return total;
  }

  /**
   * Scores {@code annotator} on every TimeML file in {@code folder}, each annotated from the plain text
   * of its own TEXT element (for dev sets kept as gold files only).
   */
  public static TimexScores runGold(Path folder, CoreNlpAnnotator annotator) throws InputException {
    TimexScores total = TimexScores.NONE;
    for (TimeMl.Doc doc : read(folder, ".tml").values()) {
      Annotated annotated = annotator.annotateText(doc.id(), doc.text(), doc.created());
      total = total.plus(score(doc.timexes(), system(annotated, doc.text())));
    }
    return total;
  }

  /** Each gold TIMEX3 of the files in {@code folder} beside the system's, one line each, for reading dev misses. */
  public static List<String> compareGold(Path folder, CoreNlpAnnotator annotator) throws InputException {
    List<String> lines = new ArrayList<>();
    for (TimeMl.Doc doc : read(folder, ".tml").values()) {
      List<Timex> system = system(annotator.annotateText(doc.id(), doc.text(), doc.created()), doc.text());
      for (Timex g : doc.timexes()) {
        Timex s = system.stream().filter(g::overlaps).findFirst().orElse(null);
        String mark = s == null ? "MISS " : !s.value().equals(g.value()) ? "VALUE" : !s.sameExtent(g) ? "SPAN " : "ok   ";
        lines.add(mark + " " + doc.id() + " " + doc.text().substring(g.start(), g.end()) + " | want " + g.type() + " " + g.value()
            + (s == null ? "" : " | got " + doc.text().substring(s.start(), s.end()) + " " + s.type() + " " + s.value()));
      }
      system.stream().filter(s -> doc.timexes().stream().noneMatch(s::overlaps)).forEach(s -> lines.add(
          "EXTRA " + doc.id() + " " + doc.text().substring(s.start(), s.end()) + " " + s.type() + " " + s.value()));
    }
    return lines;
  }

  /** The counts for one document's gold and system TIMEX3s. */
  public static TimexScores score(List<Timex> gold, List<Timex> system) {
    int strictGold = 0;
    int relaxedGold = 0;
    int values = 0;
    int types = 0;
    for (Timex g : gold) {
      List<Timex> overlapping = system.stream().filter(g::overlaps).toList();
      if (overlapping.isEmpty()) {
        continue;
      }
      relaxedGold++;
      Timex best = overlapping.stream().filter(g::sameExtent).findFirst().orElse(overlapping.get(0));
      strictGold += best.sameExtent(g) ? 1 : 0;
      values += best.value().equals(g.value()) ? 1 : 0;
      types += best.type().equals(g.type()) ? 1 : 0;
    }
    int strictSystem = (int) system.stream().filter(s -> gold.stream().anyMatch(s::sameExtent)).count();
    int relaxedSystem = (int) system.stream().filter(s -> gold.stream().anyMatch(s::overlaps)).count();
    return new TimexScores(gold.size(), system.size(), strictGold, strictSystem, relaxedGold, relaxedSystem,
        values, types);
  }

  /** Our time expressions as TIMEX3s, with leading signal words moved out of the extent. */
  static List<Timex> system(Annotated annotated, String text) {
    List<Timex> timexes = new ArrayList<>();
    for (TimeExpression t : annotated.times()) {
      int start = t.span().start();
      var signal = SIGNAL.matcher(text.substring(start, t.span().end()));
      if (signal.find()) {
        start += signal.end();
      }
      timexes.add(new Timex(start, t.span().end(), t.type().name(), t.timex()));
    }
    return timexes;
  }

  private static Map<String, TimeMl.Doc> read(Path folder, String suffix) throws InputException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new InputException(folder.toString(), "cannot list (" + e.getMessage() + ")", e);
    }
    Map<String, TimeMl.Doc> docs = new TreeMap<>();
    for (Path file : files) {
      TimeMl.Doc doc = TimeMl.read(file);
      docs.put(doc.id(), doc);
    }
    return docs;
  }

  /** Prints the figures: {@code TempEval DATASET_FOLDER}. */
  public static void main(String[] args) throws InputException {
    if (args.length != 1) {
      System.err.println("usage: TempEval <tempeval3-platinum folder>");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.load(false);
    TimexScores scores = run(Path.of(args[0]), annotator);
    System.out.print(scores.report());
    System.out.printf(java.util.Locale.ROOT, "(%.0f s)%n", (System.nanoTime() - t0) / 1e9);
  }
}
