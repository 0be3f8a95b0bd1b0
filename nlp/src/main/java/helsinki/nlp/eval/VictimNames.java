package helsinki.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Annotated;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Fingerprint;
import helsinki.core.InputException;
import helsinki.core.Json;
import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.entities.EntityResolver;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HRDsAttack's victim names ({@code merged_sample.victims[].victim_name}, where the annotators gave
 * one) against the entities that the annotation stage finds in the article: a gold name is found
 * when it equals the name or an alias of one of our PERSON or GROUP entities after {@link #key}
 * (case, accents, punctuation and spacing ignored). Recall is over gold names, per article.
 *
 * <p>Besides, each PERSON entity mentioned in a sentence that reports an attack (an arrest, a
 * killing, an abduction…, see {@link #ATTACK}) is designated a victim; precision, recall and F1 of
 * those designations against the gold names, matched the same way, compare with HRDsAttack's own
 * exact-match victim-name F1.
 */
public final class VictimNames {

  /** Words that report an attack on someone, as HRDsAttack's violation types name them. */
  static final Pattern ATTACK = Pattern.compile("(?i)\\b(arrest|detain|detention|jail|imprison|prison|custody|"
      + "kill|murder|shot|shoot|gunned|assassinat|dead|death|died|abduct|kidnap|disappear|tortur|beat|beaten|"
      + "assault|attack|sentenc|convict|charged|charges|prosecut|harass|threat|raid|seiz|held|hostage|captive|"
      + "execut|hanged|stabb|injur|wound|missing|exile|deport|ban|banned|summon|interrogat|accused)\\w*");

  /** Roles of those who act for a state or speak for it; such persons are not designated victims. */
  static final Pattern OFFICIAL = Pattern.compile("(?i)\\b(president|minister|premier|chancellor|king|prince|spokes\\w*|"
      + "police|officer|commander|general|judge|prosecutor|attorney|governor|mayor|ambassador|secretary|senator|"
      + "director|chief|commissioner|official|head|chairman|chair|leader|envoy|rapporteur|representative|deputy)\\b");

  /** How far from a mention, in characters, an attack word counts. */
  static final int NEAR = 60;

  private VictimNames() {}

  /** The counts over one split; the lines name each missed gold name for looking into (dev splits only). */
  public record Scores(int gold, int found, int designated, int designatedRight, int goldDesignated, List<String> misses) {
    /** Copies the list. */
    public Scores {
      misses = List.copyOf(misses);
    }

    /** Gold names found among our entities' names and aliases. */
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    /** Designated victims whose name is a gold victim name. */
    public double precision() {
      return designated == 0 ? 0 : (double) designatedRight / designated;
    }

    /** Gold names among the designated victims. */
    public double designatedRecall() {
      return gold == 0 ? 0 : (double) goldDesignated / gold;
    }

    /** Harmonic mean of {@link #precision} and {@link #designatedRecall}. */
    public double f1() {
      double p = precision();
      double r = designatedRecall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Annotates every article of an HRDsAttack split file and scores its victim names. */
  public static Scores measure(CoreNlpAnnotator annotator, Gazetteer gazetteer, Path split) throws InputException {
    JsonNode items;
    try {
      items = Json.mapper().readTree(split.toFile());
    } catch (IOException e) {
      throw new InputException(split.toString(), "is not an HRDsAttack split: " + e.getMessage(), e);
    }
    EntityResolver resolver = new EntityResolver();
    int[] c = new int[5];
    List<String> misses = new ArrayList<>();
    for (JsonNode item : items) {
      Set<String> gold = new LinkedHashSet<>();
      for (JsonNode victim : item.path("merged_sample").path("victims")) {
        String name = victim.path("victim_name").asText("");
        if (!key(name).isEmpty() && !name.equalsIgnoreCase("none")) {
          gold.add(key(name));
        }
      }
      JsonNode sample = item.path("sample");
      String title = sample.path("Input.title").asText("");
      String text = sample.path("Input.article_interface").asText("").replaceAll("(?i)</p>", "\n\n")
          .replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").strip();
      LocalDate date = date(sample.path("Input.publish_date").asText(""));
      Document document = document(title, text, date);
      Annotated annotated = annotator.annotate(document, date);
      Places places = gazetteer.resolveText(title, text);
      List<Entity> entities = resolver.resolve(document, annotated, places).entities();
      score(gold, entities, annotated, text, c, misses, title);
    }
    return new Scores(c[0], c[1], c[2], c[3], c[4], misses);
  }

  private static void score(Set<String> gold, List<Entity> entities, Annotated annotated, String text, int[] c,
      List<String> misses, String title) {
    Set<String> ours = new LinkedHashSet<>();
    Set<String> designated = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.GROUP) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      keys.add(key(e.name()));
      e.aliases().forEach(a -> keys.add(key(a)));
      ours.addAll(keys);
      if (e.type() == EntityType.PERSON && reportedAttacked(e, annotated, text)) {
        designated.add(key(e.name()));
        c[2]++;
        c[3] += keys.stream().anyMatch(gold::contains) ? 1 : 0;
        keys.stream().filter(gold::contains).findFirst().ifPresent(designated::add);
      }
    }
    for (String g : gold) {
      c[0]++;
      if (ours.contains(g)) {
        c[1]++;
      } else {
        misses.add("missed '" + g + "' (ours: " + ours + ") in: " + title);
      }
      c[4] += designated.contains(g) ? 1 : 0;
    }
  }

  /**
   * Whether the entity is reported attacked: a mention with an attack word near it (within
   * {@link #NEAR} characters, inside its sentence), and no role of someone who acts for a state
   * (presidents, ministers, police, judges…), who is in such sentences as the one who attacks or speaks.
   */
  static boolean reportedAttacked(Entity e, Annotated annotated, String text) {
    if (e.roles().stream().anyMatch(r -> OFFICIAL.matcher(r).find())) {
      return false;
    }
    for (Span m : e.mentions()) {
      for (Sentence s : annotated.sentences()) {
        if (s.span().start() <= m.start() && m.end() <= s.span().end()) {
          int from = Math.max(s.span().start(), m.start() - NEAR);
          int to = Math.min(s.span().end(), m.end() + NEAR);
          if (ATTACK.matcher(text.substring(from, to)).find()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A name as compared: lower case, accents and punctuation dropped, spaces single. */
  static String key(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static LocalDate date(String published) {
    try {
      return LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published);
    } catch (java.time.format.DateTimeParseException e) {
      // Undated articles are read against a fixed date inside HRDsAttack's span (2019-09 to 2021).
      return LocalDate.of(2020, 6, 1);
    }
  }

  private static Document document(String title, String text, LocalDate date) {
    Fingerprint fingerprint = new Fingerprint(String.format(Locale.ROOT, "%016x", (long) text.hashCode()), new int[0]);
    return new Document(Document.idFor(fingerprint), "hrdsattack", "text/plain", title.isEmpty() ? null : title, null,
        null, List.of(), date, "en", DocumentKind.NEWS, List.of(), text, List.of(), fingerprint);
  }

  /** Prints the figures and the misses of one split: {@code VictimNames SPLIT_JSON}. */
  public static void main(String[] args) throws InputException {
    Scores s = measure(CoreNlpAnnotator.load(false), Gazetteer.load(), Path.of(args[0]));
    s.misses().forEach(System.out::println);
    System.out.printf(Locale.ROOT, "gold %d, found %d, recall %.3f; designated %d, right %d, P %.3f R %.3f F1 %.3f%n",
        s.gold(), s.found(), s.recall(), s.designated(), s.designatedRight(), s.precision(), s.designatedRecall(), s.f1());
  }
}
