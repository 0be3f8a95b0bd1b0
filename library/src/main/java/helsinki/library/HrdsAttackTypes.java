package helsinki.library;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Event;
import helsinki.core.InputException;
import helsinki.core.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * HRDsAttack's violation types (arbitrary detention, killing, kidnapping, torture, enforced disappearance,
 * other, unknown) predicted from our events and scored as upstream's {@code evaluate_all} does: per article
 * the sets of labels, "unknown" dropped from a gold set that has other labels and given when we find none;
 * precision, recall and F1 micro-averaged over (article, label) pairs.
 */
public final class HrdsAttackTypes {

  private HrdsAttackTypes() {}

  /** One article as the evaluation reads it: title, text (paragraphs apart) and gold labels. */
  record Article(String id, String title, String text, String published, Set<String> gold) {}

  /** The articles of one split ({@code train.json}, {@code dev.json} or {@code test.json}). */
  static List<Article> read(Path file) throws InputException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file.toString(), "is not a readable HRDsAttack split: " + e.getMessage(), e);
    }
    List<Article> articles = new java.util.ArrayList<>();
    for (JsonNode a : root) {
      JsonNode in = a.path("sample");
      Set<String> gold = new LinkedHashSet<>();
      a.path("merged_sample").path("violation_types").forEach(x -> gold.add(x.asText()));
      if (gold.size() > 1) {
        gold.remove("unknown");
      }
      String html = in.path("Input.article_interface").asText();
      String text = String.join("\n\n", java.util.Arrays.stream(html.split("</p>"))
          .map(p -> p.replaceAll("<[^>]*>", "").strip()).filter(p -> !p.isEmpty()).toList());
      articles.add(new Article(in.path("Input.GLOBALEVENTID").asText(), in.path("Input.title").asText(), text,
          in.path("Input.publish_date").asText(), gold));
    }
    return articles;
  }

  /** Paragraphs that make an article's lead, where its own happening is told. */
  static final int LEAD_PARAGRAPHS = 4;
  /** An event in the lead weighs this many events further down. */
  static final int LEAD_WEIGHT = 3;
  /** A label counts when its weight is at least this share of the heaviest label's. */
  static final double SHARE = 0.2;

  /**
   * Our labels for an article's events: each event type mapped per TAXONOMY.md's table, keeping the labels
   * the article dwells on (background mentions of old abuses are many in news, and HRDsAttack labels the
   * article's own happening); none found is "unknown". The three constants were set on dev.json.
   */
  static Set<String> labels(List<Event> events, String text) {
    int leadEnd = 0;
    for (int i = 0; i < LEAD_PARAGRAPHS && leadEnd >= 0; i++) {
      leadEnd = text.indexOf("\n\n", leadEnd + 1);
    }
    int lead = leadEnd < 0 ? text.length() : leadEnd;
    java.util.Map<String, Integer> weight = new java.util.LinkedHashMap<>();
    for (Event e : events) {
      for (String l : labels(e)) {
        weight.merge(l, e.evidence().start() < lead ? LEAD_WEIGHT : 1, Integer::sum);
      }
    }
    int max = weight.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Set<String> labels = new LinkedHashSet<>();
    weight.forEach((l, w) -> {
      if (w >= SHARE * max) {
        labels.add(l);
      }
    });
    if (labels.isEmpty()) {
      labels.add("unknown");
    }
    return labels;
  }

  /**
   * TAXONOMY.md's HRDsAttack column. DISAPPEARANCE is "kidnapping" or "enforced disappearance" by its own
   * wording, since HRDsAttack tells them apart and we do not; protests, war, corruption and elections are
   * no violations against a person in HRDsAttack's sense.
   */
  static Set<String> labels(Event e) {
    String quote = e.evidence().quote().toLowerCase(Locale.ROOT);
    return switch (e.type()) {
      // Police arresting suspects of a crime is law enforcement, not the arbitrary detention HRDsAttack labels.
      case ARREST -> quote.matches("(?s).*\\b(?:suspects?|criminals?|traffickers?|robbers?|kidnappers?|gang|perpetrators?|killers?|murderers?|assailants?|gunmen)\\b.*")
          ? Set.of() : Set.of("arbitrary detention");
      case KILLING -> Set.of("killing");
      case TORTURE -> Set.of("torture");
      case DISAPPEARANCE -> quote.matches("(?s).*\\b(?:disappear|missing|whereabouts).*") && !quote.matches("(?s).*\\b(?:kidnap|abduct|hostage|ransom).*")
          ? Set.of("enforced disappearance") : Set.of("kidnapping");
      case PERSECUTION, RESTRICTION, SEXUAL_VIOLENCE, PROTEST_REPRESSION, OTHER -> Set.of("other");
      case ATTACK, PROTEST, MILITARY_FORCE, CORRUPTION, ELECTION_INTERFERENCE -> Set.of();
    };
  }

  /** Scores {@code predict}'s label sets against the gold, as upstream does. */
  static LabelScores score(List<Article> articles, Function<Article, Set<String>> predict) {
    int shared = 0;
    int system = 0;
    int gold = 0;
    for (Article a : articles) {
      Set<String> ours = predict.apply(a);
      system += ours.size();
      gold += a.gold().size();
      shared += (int) ours.stream().filter(a.gold()::contains).count();
    }
    double p = system == 0 ? 0 : (double) shared / system;
    double r = gold == 0 ? 0 : (double) shared / gold;
    return new LabelScores(articles.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
