package helsinki.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import helsinki.core.Annotated;
import helsinki.core.Document;
import helsinki.core.Event;
import helsinki.core.Json;
import helsinki.extract.Extractor;
import helsinki.extract.Input;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.entities.EntityResolver;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A developer's tool, not a test: tunes events on HRDsAttack's train and dev splits only. The first run
 * annotates a split once and keeps each article's extraction input in a cache file, so that later runs
 * re-run only extraction: {@code EventsDevRun SPLIT.json CACHE.jsonl [verbose]}.
 */
final class EventsDevRun {

  private EventsDevRun() {}

  public static void main(String[] args) throws Exception {
    Path split = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    boolean verbose = args.length > 2;
    List<HrdsAttackTypes.Article> articles = HrdsAttackTypes.read(split);
    ObjectMapper mapper = Json.mapper();
    if (!Files.exists(cache)) {
      annotate(articles, cache, mapper);
    }
    Map<String, Input> inputs = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        Input in = mapper.readValue(line, Input.class);
        inputs.put(in.document().source(), in);
      }
    }
    Extractor extractor = new Extractor();
    if (verbose && args[2].equals("dump")) {
      for (HrdsAttackTypes.Article a : articles) {
        String text = inputs.get(a.id()).document().text();
        System.out.println("A\t" + a.id() + "\t" + String.join(",", a.gold()) + "\t" + text.length());
        for (Event e : extractor.extract(inputs.get(a.id())).events()) {
          System.out.println("E\t" + e.type() + "\t" + String.join(",", HrdsAttackTypes.labels(e)) + "\t" + e.evidence().start() + "\t"
              + text.substring(0, e.evidence().start()).split("\n\n", -1).length + "\t" + e.certainty() + "\t" + e.evidence().quote().replaceAll("\\s+", " "));
        }
      }
      return;
    }
    if (verbose && args[2].equals("sweep")) {
      sweep(articles, inputs, extractor);
      return;
    }
    Map<String, int[]> perLabel = new TreeMap<>();
    LabelScores s = HrdsAttackTypes.score(articles, a -> {
      List<Event> events = extractor.extract(inputs.get(a.id())).events();
      Set<String> ours = HrdsAttackTypes.labels(events, inputs.get(a.id()).document().text());
      for (String l : ours) {
        perLabel.computeIfAbsent(l, k -> new int[3])[1]++;
        if (a.gold().contains(l)) {
          perLabel.get(l)[2]++;
        }
      }
      a.gold().forEach(l -> perLabel.computeIfAbsent(l, k -> new int[3])[0]++);
      if (verbose && !ours.equals(a.gold())) {
        System.out.println("== " + a.id() + " gold " + a.gold() + " ours " + ours + " | " + a.title());
        events.forEach(e -> System.out.println("   " + e.type() + " " + HrdsAttackTypes.labels(e) + " \"" + e.evidence().quote() + "\""));
      }
      return ours;
    });
    perLabel.forEach((l, c) -> System.out.printf(Locale.ROOT, "%-24s gold %3d ours %3d right %3d%n", l, c[0], c[1], c[2]));
    System.out.printf(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f over %d%n", split.getFileName(), s.precision(), s.recall(), s.f1(), s.items());
  }

  /**
   * A coordinate search on the split given: for each unit, lead and default share, each label's share in turn is set to
   * the value that scores best, twice over; prints the best setting found for each unit and lead.
   */
  private static void sweep(List<HrdsAttackTypes.Article> articles, Map<String, Input> inputs, Extractor extractor) {
    Map<String, List<Event>> events = new HashMap<>();
    articles.forEach(a -> events.put(a.id(), extractor.extract(inputs.get(a.id())).events()));
    List<String> labels = List.of("arbitrary detention", "killing", "kidnapping", "torture", "enforced disappearance", "other");
    double[] grid = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0};
    for (HrdsAttackTypes.Unit unit : HrdsAttackTypes.Unit.values()) {
      for (int paragraphs : new int[] {2, 3, 4, 6}) {
        for (int weight : new int[] {1, 2, 3, 5}) {
          Map<String, Double> shares = new java.util.LinkedHashMap<>(HrdsAttackTypes.WEIGHTS.shares());
          labels.forEach(l -> shares.putIfAbsent(l, 0.2));
          double best = -1;
          for (int round = 0; round < 2; round++) {
            for (String l : labels) {
              double keep = shares.get(l);
              for (double x : grid) {
                shares.put(l, x);
                double f = score(articles, inputs, events, new HrdsAttackTypes.Weights(paragraphs, weight, 0.2, shares, unit)).f1();
                if (f > best + 1e-9) {
                  best = f;
                  keep = x;
                }
              }
              shares.put(l, keep);
            }
          }
          LabelScores s = score(articles, inputs, events, new HrdsAttackTypes.Weights(paragraphs, weight, 0.2, shares, unit));
          System.out.printf(Locale.ROOT, "%s lead %d x%d %s: P %.3f R %.3f F1 %.3f%n", unit, paragraphs, weight, shares, s.precision(), s.recall(), s.f1());
        }
      }
    }
  }

  private static LabelScores score(List<HrdsAttackTypes.Article> articles, Map<String, Input> inputs, Map<String, List<Event>> events,
      HrdsAttackTypes.Weights w) {
    return HrdsAttackTypes.score(articles, a -> HrdsAttackTypes.labels(events.get(a.id()), inputs.get(a.id()).document().text(), w));
  }

  private static void annotate(List<HrdsAttackTypes.Article> articles, Path cache, ObjectMapper mapper) throws Exception {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.load(false);
    Gazetteer gazetteer = Gazetteer.load();
    EntityResolver resolver = new EntityResolver();
    long t0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      for (HrdsAttackTypes.Article a : articles) {
        Document d = Evaluation.news(a.id(), a.title(), a.text());
        Annotated annotated = annotator.annotate(d, null);
        Places places = gazetteer.resolveText(a.title(), d.text());
        var entities = resolver.resolve(d, annotated, places).entities();
        w.write(mapper.writeValueAsString(new Input(d, annotated, entities, List.of(), places.resolved())));
        w.newLine();
      }
    }
    System.out.printf(Locale.ROOT, "annotated %d articles in %.1f s%n", articles.size(), (System.nanoTime() - t0) / 1e9);
  }
}
