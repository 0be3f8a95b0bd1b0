package helsinki.extract;

import helsinki.core.Ask;
import helsinki.extract.link.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.jspecify.annotations.Nullable;

/**
 * The UPR classifiers: the 54 UPR Info themes of a text, its ask strength (UPR Info action category
 * 1–5) and the likelihood that its target accepts it, from Tribuo models trained on UPR recommendations.
 */
public final class Classifiers {

  /** The acceptance model's label for an accepted (supported) recommendation. */
  public static final String ACCEPTED = "Accepted";

  private final Model<MultiLabel> themes;
  private final Model<Label> strength;
  private final Model<Label> acceptance;
  private final double themeThreshold;
  private final double documentThreshold;
  private final @Nullable Embedder embedder;

  private Classifiers(Model<MultiLabel> themes, Model<Label> strength, Model<Label> acceptance,
      double themeThreshold, double documentThreshold, @Nullable Embedder embedder) {
    this.themes = themes;
    this.strength = strength;
    this.acceptance = acceptance;
    this.themeThreshold = themeThreshold;
    this.documentThreshold = documentThreshold;
    this.embedder = embedder;
  }

  /**
   * The models shipped in extract's resources, with their manifest's thresholds; loads in well under a
   * second. Without an embedder the strength model reads the words alone, which it was not tuned for.
   */
  public static Classifiers load() {
    ModelManifest manifest = ModelResources.manifest();
    return of(ModelResources.model(ModelManifest.THEMES, MultiLabel.class),
        ModelResources.model(ModelManifest.STRENGTH, Label.class),
        ModelResources.model(ModelManifest.ACCEPTANCE, Label.class),
        manifest.themeThreshold(), manifest.documentThreshold());
  }

  /** The shipped models, with the sentence embedder that the strength model was trained with ({@link #embedding()}). */
  public static Classifiers load(Embedder embedder) {
    return load().withEmbedder(embedder);
  }

  /** Classifiers over models just trained; {@code documentThreshold} is the stricter one for whole documents. */
  public static Classifiers of(Model<MultiLabel> themes, Model<Label> strength, Model<Label> acceptance,
      double themeThreshold, double documentThreshold) {
    return new Classifiers(themes, strength, acceptance, themeThreshold, documentThreshold, null);
  }

  /** These classifiers with {@code embedder} giving the strength model its sentence-embedding features. */
  public Classifiers withEmbedder(Embedder embedder) {
    return new Classifiers(themes, strength, acceptance, themeThreshold, documentThreshold, embedder);
  }

  /** Whether the strength model was trained with sentence-embedding features beside the words. */
  public boolean embedding() {
    return strength.getFeatureIDMap().get(TextFeatures.EMBEDDING + "000") != null;
  }

  /** The manifest of the shipped models. */
  public static ModelManifest shippedManifest() {
    return ModelResources.manifest();
  }

  /** Every theme's score for {@code text}, highest first; none when the text holds no word the model knows. */
  public Map<String, Double> themeScores(String text) {
    Map<String, Double> features = known(themes, text);
    if (features.isEmpty()) {
      return Map.of();
    }
    Prediction<MultiLabel> p = themes.predict(TextFeatures.example(MultiLabelFactory.UNKNOWN_MULTILABEL, features));
    List<Map.Entry<String, Double>> scores = new ArrayList<>();
    // A multi-label score sits on the one label inside each entry, not on the entry itself.
    p.getOutputScores().forEach((name, label) -> scores.add(Map.entry(name, label.getLabelScore(new Label(name)).orElse(0))));
    scores.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> sorted = new LinkedHashMap<>();
    scores.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The themes of one ask or recommendation: those scoring above the tuned threshold, and at least the best one. */
  public List<String> themes(String text) {
    return above(themeScores(text), themeThreshold, true);
  }

  /** The themes a whole document is about: only those above the stricter document threshold. */
  public List<String> documentThemes(String text) {
    return above(themeScores(text), documentThreshold, false);
  }

  /** The themes scoring at least {@code threshold}, best first; the best alone when none does and {@code atLeastOne}. */
  public static List<String> above(Map<String, Double> scores, double threshold, boolean atLeastOne) {
    List<String> kept = new ArrayList<>();
    scores.forEach((name, score) -> {
      if (score >= threshold) {
        kept.add(name);
      }
    });
    if (kept.isEmpty() && atLeastOne && !scores.isEmpty()) {
      kept.add(scores.keySet().iterator().next());
    }
    return List.copyOf(kept);
  }

  /**
   * The ask strength of {@code text}: UPR Info's action category, 1 (minimal action) to 5 (specific
   * action); empty when the text holds no word the model knows.
   */
  public OptionalInt strength(String text) {
    Map<Integer, Double> scores = strengthScores(text);
    return scores.isEmpty() ? OptionalInt.empty()
        : OptionalInt.of(scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
  }

  /** The probability of each action category 1–5 for {@code text}; none when the text holds no word the model knows. */
  public Map<Integer, Double> strengthScores(String text) {
    Map<String, Double> features = known(strength, text);
    if (features.isEmpty()) {
      return Map.of();
    }
    // An embedder that cannot run gives an empty vector: the words alone then decide.
    float[] embedded = embedder != null && embedding() ? embedder.embed(text) : new float[0];
    Prediction<Label> p = strength.predict(
        TextFeatures.example(LabelFactory.UNKNOWN_LABEL, TextFeatures.withEmbedding(features, embedded)));
    Map<Integer, Double> scores = new TreeMap<>();
    p.getOutputScores().forEach((name, label) -> scores.put(Integer.parseInt(name), label.getScore()));
    return scores;
  }

  /**
   * The likelihood, from 0 to 1, that the target accepts what {@code text} asks (UPR "Accepted" rather
   * than "Noted"); empty when the text holds no word the model knows.
   */
  public OptionalDouble acceptance(String text) {
    Map<String, Double> features = known(acceptance, text);
    if (features.isEmpty()) {
      return OptionalDouble.empty();
    }
    Prediction<Label> p = acceptance.predict(TextFeatures.example(LabelFactory.UNKNOWN_LABEL, features));
    Label accepted = p.getOutputScores().get(ACCEPTED);
    return accepted == null ? OptionalDouble.empty() : OptionalDouble.of(accepted.getScore());
  }

  /** The features of {@code text} that {@code model} was trained on, none unless a word is among them; Tribuo refuses an example with none. */
  private static Map<String, Double> known(Model<?> model, String text) {
    Map<String, Double> features = new TreeMap<>(TextFeatures.of(text));
    features.keySet().removeIf(name -> model.getFeatureIDMap().get(name) == null);
    // The shape features (length, capitals) are in every text: alone they would label gibberish.
    return features.keySet().stream().anyMatch(TextFeatures::isWordFeature) ? features : Map.of();
  }

  /** {@code ask} with its themes and strength read from its evidence, where extraction left them unset. */
  public Ask labelled(Ask ask) {
    String asked = TextFeatures.asked(ask.evidence().quote());
    List<String> themes = ask.themes().isEmpty() ? themes(asked) : ask.themes();
    OptionalInt read = strength(asked);
    Integer strength = ask.strength() != null ? ask.strength() : read.isPresent() ? Integer.valueOf(read.getAsInt()) : null;
    return new Ask(ask.id(), ask.requester(), ask.target(), ask.action(), ask.object(), ask.counterparts(), ask.channel(),
        ask.occasion(), ask.due(), strength, themes, ask.evidence());
  }

  /** The likelihood, from 0 to 1, that {@code ask}'s target accepts it, read from its evidence; shown beside open asks. */
  public OptionalDouble acceptance(Ask ask) {
    return acceptance(TextFeatures.asked(ask.evidence().quote()));
  }

  /**
   * The themes of a whole text: its asks' themes, then those scoring above the stricter document
   * threshold in at least two of its paragraphs (or in its only one), so that one passing mention is not a theme.
   */
  public List<String> documentThemes(String text, List<Ask> asks) {
    Set<String> themes = new LinkedHashSet<>();
    asks.forEach(a -> themes.addAll(a.themes()));
    List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n")).filter(p -> !p.isBlank()).toList();
    Map<String, Integer> seen = new TreeMap<>();
    paragraphs.forEach(p -> documentThemes(p).forEach(t -> seen.merge(t, 1, Integer::sum)));
    seen.forEach((theme, n) -> {
      if (n >= Math.min(2, paragraphs.size())) {
        themes.add(theme);
      }
    });
    return List.copyOf(themes);
  }

  /** The threshold above which a theme is given to an ask. */
  public double themeThreshold() {
    return themeThreshold;
  }
}
