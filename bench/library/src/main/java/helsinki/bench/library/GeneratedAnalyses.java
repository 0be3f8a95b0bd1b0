package helsinki.bench.library;

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
import helsinki.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated analyses as the link stage sees them: letters asking an official five things before a
 * visit, and reports of what an official did on a visit (two outcomes each), over a number of officials.
 */
final class GeneratedAnalyses {

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

  private static final String[] ENDINGS = {"ov", "sk", "ner", "and", "ell", "mann", "ez", "ini", "ski", "dóttir"};
  private static final String[] ENDS = {"", "a", "er", "is", "o", "us", "en", "ich", "son", "y"};

  private GeneratedAnalyses() {}

  static String object(Random r) {
    return OBJECTS[r.nextInt(OBJECTS.length)];
  }

  private static Entity person(Random r, int actors) {
    int k = r.nextInt(actors);
    return new Entity("E1", EntityType.PERSON, FIRST[k % FIRST.length] + " " + surname(k / FIRST.length),
        List.of(), List.of("Minister"), null, List.of());
  }

  /**
   * The {@code j}th surname: the 20 plain ones first (all that the link benchmark's 200 officials use),
   * then each with one of 100 endings, so that a large library has 2,020 surnames (an actor key each).
   */
  private static String surname(int j) {
    String plain = LAST[j % LAST.length];
    int more = j / LAST.length % 101;
    return more == 0 ? plain : plain + ENDINGS[(more - 1) % ENDINGS.length] + ENDS[(more - 1) / ENDINGS.length];
  }


  private static LocalDate day(int i) {
    return LocalDate.of(2018, 1, 1).plusDays(i * 3L % 1800);
  }

  static Analysis letter(int i, Random r, int actors) {
    Entity target = person(r, actors);
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

  static Analysis report(int i, Random r, int actors) {
    Entity subject = person(r, actors);
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

  static void keep(Store store, Analysis a) {
    Document d = new Document(a.id(), a.source(), "text/plain", null, null, null, List.of(), a.published(), "en", a.kind(),
        List.of(), a.text(), List.of(), new Fingerprint(a.id(), new int[0]));
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    store.transaction(tx -> {
      tx.insert(d, Visibility.PUBLIC, List.of(), now);
      return tx.saveAnalysis(a, "bench", now);
    });
  }
}
