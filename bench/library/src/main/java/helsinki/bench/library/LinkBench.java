package helsinki.bench.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.Fingerprint;
import helsinki.core.Outcome;
import helsinki.core.OutcomeStatus;
import helsinki.core.Place;
import helsinki.core.Visibility;
import helsinki.library.AskFilter;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import helsinki.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The link stage's cost: the embedding model's load time and embeddings per second on one thread, and
 * the cost per document of linking a library of generated analyses (letters asking officials before
 * their visits, reports of what they did), measured as a full re-link, which links every document
 * against those before it exactly as ingest does one at a time. Arguments: [documents=2000] [workDir].
 */
public final class LinkBench {

  private static final String[] FIRST = {"Anna", "Marek", "Lena", "Tomas", "Ines", "Karim", "Sofia", "Jonas", "Maya", "Piotr"};
  private static final String[] LAST = {"Berg", "Nowak", "Haddad", "Silva", "Okafor", "Lind", "Moreau", "Kovac", "Tanaka",
      "Ruiz", "Weber", "Popescu", "Costa", "Novak", "Ivanova", "Hansen", "Rossi", "Yilmaz", "Murphy", "Nagy"};
  private static final String[] COUNTRIES = {"AZ", "BY", "EG", "ET", "GE", "IR", "MM", "PH", "UG", "VE"};
  private static final String[] OBJECTS = {"the lawyers of jailed journalists", "the families of the disappeared",
      "independent trade unions", "the case of the detained human rights defender", "the law on foreign agents",
      "the arrests of peaceful protesters", "the torture of detainees in pre-trial detention", "women's rights activists",
      "the closure of independent media", "the release of political prisoners", "access for UN monitors",
      "the killing of journalists", "the ban on opposition parties", "refugees at the border", "internet shutdowns",
      "the prosecution of those responsible for abuses", "the death penalty", "forced evictions of indigenous people",
      "the harassment of election observers", "members of civil society and the opposition"};
  private static final AskAction[] ACTIONS = {AskAction.RAISE, AskAction.MEET, AskAction.CONDEMN, AskAction.RAISE, AskAction.MEET};

  private LinkBench() {}

  public static void main(String[] args) throws IOException {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("helsinki-linkbench");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    long t0 = System.nanoTime();
    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      model.embed(object(random));
    }
    int n = 1000;
    long t1 = System.nanoTime();
    double c1 = cpuSeconds();
    for (int i = 0; i < n; i++) {
      model.embed(object(random) + " " + i);
    }
    double perSecond = n / ((System.nanoTime() - t1) / 1e9);
    double perCpuSecond = n / (cpuSeconds() - c1);

    LibraryLocation where = new LibraryLocation(work.resolve("library"), null);
    Files.createDirectories(where.dataFolder());
    try (Store store = Store.open(Store.sqliteUrl(where.databaseFile()))) {
      Random r = new Random(42);
      for (int i = 0; i < documents; i++) {
        keep(store, i % 2 == 0 ? letter(i, r) : report(i, r));
      }
    }
    try (Library library = Library.openExisting(where)) {
      long t2 = System.nanoTime();
      double c2 = cpuSeconds();
      long linked = library.relink();
      double seconds = (System.nanoTime() - t2) / 1e9;
      double cpu = cpuSeconds() - c2;
      long links = library.asks(AskFilter.all()).stream().filter(a -> !a.outcomes().isEmpty()).count();
      out.println("| measure | value |");
      out.println("| --- | --- |");
      out.printf(Locale.ROOT, "| embedding model load (all-MiniLM-L6-v2 q, ONNX) | %.2f s |%n", loadSeconds);
      out.printf(Locale.ROOT, "| embeddings, one calling thread (short objects, 3–10 words) | %.0f per second of wall time, %.0f per CPU second |%n",
          perSecond, perCpuSecond);
      out.printf(Locale.ROOT, "| link, %d generated documents (%d letters × 5 asks, %d reports × 2 outcomes) | %.1f s wall, %.1f ms per document; %.1f ms CPU per document |%n",
          linked, (documents + 1) / 2, documents / 2, seconds, 1000 * seconds / linked, 1000 * cpu / linked);
      out.printf(Locale.ROOT, "| asks answered by at least one outcome | %d |%n", links);
      out.printf(Locale.ROOT, "| similarity | %s |%n", library.linkSimilarity());
    }
  }

  /** CPU time of the whole process (every thread: ONNX Runtime's, the JIT's, the collector's). */
  private static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  private static String object(Random r) {
    return OBJECTS[r.nextInt(OBJECTS.length)];
  }

  private static Entity person(Random r, int actors) {
    int k = r.nextInt(actors);
    return new Entity("E1", EntityType.PERSON, FIRST[k % FIRST.length] + " " + LAST[k / FIRST.length % LAST.length],
        List.of(), List.of("Minister"), null, List.of());
  }

  private static LocalDate day(int i) {
    return LocalDate.of(2018, 1, 1).plusDays(i * 3L % 1800);
  }

  private static Analysis letter(int i, Random r) {
    Entity target = person(r, 200);
    String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
    Engagement visit = new Engagement("G1", EngagementType.VISIT, "E1", List.of(), new Place(country, country, null), null,
        quote("your upcoming visit"));
    List<Ask> asks = new ArrayList<>();
    for (int a = 1; a <= 5; a++) {
      AskAction action = ACTIONS[r.nextInt(ACTIONS.length)];
      String object = object(r);
      asks.add(new Ask("A" + a, "E2", "E1", action, object, List.of(), null, "G1", null, null, List.of(),
          quote("we urge you to " + action.name().toLowerCase(Locale.ROOT) + " " + object)));
    }
    Entity ngo = new Entity("E2", EntityType.ORGANIZATION, "Rights Watch " + (i % 30), List.of(), List.of(), null, List.of());
    return analysis("d-l" + i, day(i), DocumentKind.LETTER, List.of(target, ngo), List.of(visit), asks, List.of());
  }

  private static Analysis report(int i, Random r) {
    Entity subject = person(r, 200);
    String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
    Engagement visit = new Engagement("G1", EngagementType.VISIT, "E1", List.of(), new Place(country, country, null), null,
        quote("her visit"));
    List<Outcome> outcomes = new ArrayList<>();
    for (int o = 1; o <= 2; o++) {
      AskAction action = ACTIONS[r.nextInt(ACTIONS.length)];
      String object = object(r);
      outcomes.add(new Outcome("O" + o, "E1", action, object, r.nextBoolean() ? OutcomeStatus.NOT_MET : OutcomeStatus.MET,
          "G1", List.of(), quote("she did not " + action.name().toLowerCase(Locale.ROOT) + " " + object)));
    }
    return analysis("d-r" + i, day(i), DocumentKind.NEWS, List.of(subject), List.of(visit), List.of(), outcomes);
  }

  private static Evidence quote(String q) {
    return new Evidence(0, q.length(), q);
  }

  private static Analysis analysis(String id, LocalDate published, DocumentKind kind, List<Entity> entities,
      List<Engagement> engagements, List<Ask> asks, List<Outcome> outcomes) {
    return new Analysis(Analysis.FORMAT, id, id + ".txt", null, null, null, List.of(), published, "en", kind, List.of(),
        "generated " + id, List.of(), List.of(), List.of(), entities, List.of(), engagements, asks, outcomes);
  }

  private static void keep(Store store, Analysis a) {
    Document d = new Document(a.id(), a.source(), "text/plain", null, null, null, List.of(), a.published(), "en", a.kind(),
        List.of(), a.text(), List.of(), new Fingerprint(a.id(), new int[0]));
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    store.transaction(tx -> {
      tx.insert(d, Visibility.PUBLIC, List.of(), now);
      return tx.saveAnalysis(a, "bench", now);
    });
  }
}
