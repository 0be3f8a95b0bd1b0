package helsinki.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * The text features the UPR classifiers are trained and run on: lowercase words and word bigrams,
 * plus the opening word and word pair (the verb that sets a recommendation's action category), marks
 * of how specific its object is ({@link Specificity}), alone and beside the opening word, and the verbs
 * that set the category read past what precedes them ({@link ActionStructure}), each present or not,
 * scaled to unit length so that long and short texts weigh alike.
 */
public final class TextFeatures {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  // An ask read from a letter opens with who is urged ("you raise ...", "urge officials to repeal ..."):
  // the UPR recommendations the models learnt from open with the verb, so the urging is cut off.
  private static final Pattern URGING = Pattern.compile(
      "^(?:.{0,80}?\\b(?:urge[sd]?|urging|call(?:s|ed)? on|calling on|ask(?:s|ed)?|press(?:es|ed)?|encourage[sd]?|request(?:s|ed)?)"
          + "\\s.{0,60}?\\bto\\s+)?(?:that\\s+)?(?:you|we|they)?\\s*(?:will|would|should|must|to)?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The prefix of the sentence-embedding features. */
  public static final String EMBEDDING = "e:";

  private TextFeatures() {}

  /** The words of {@code text}, lowercased, one-letter words left out. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.end() - m.start() > 1) {
        words.add(m.group());
      }
    }
    return words;
  }

  /** {@code text} without an opening urging ("we urge you to", "you"), so that it opens with the asked act. */
  public static String asked(String text) {
    String stripped = text.strip();
    Matcher m = URGING.matcher(stripped);
    return m.lookingAt() && m.end() < stripped.length() ? stripped.substring(m.end()) : stripped;
  }

  /** The features of {@code text} by name, each with its unit-scaled value. */
  public static Map<String, Double> of(String text) {
    List<String> words = words(text);
    TreeMap<String, Double> features = new TreeMap<>();
    for (int i = 0; i < words.size(); i++) {
      features.put("w:" + words.get(i), 1.0);
      if (i + 1 < words.size()) {
        features.put("b:" + words.get(i) + "_" + words.get(i + 1), 1.0);
      }
    }
    if (!words.isEmpty()) {
      // The opening verb with each later word: "adopt ... law" is specific, "adopt ... measures" general.
      for (int i = 1; i < words.size(); i++) {
        features.put("fw:" + words.get(0) + "_" + words.get(i), 1.0);
      }
      features.put("f:" + words.get(0), 1.0);
      features.put("f2:" + words.get(0) + (words.size() > 1 ? "_" + words.get(1) : ""), 1.0);
      features.put("f3:" + String.join("_", words.subList(0, Math.min(3, words.size()))), 1.0);
    }
    // Specific asks name things (a law, a treaty, a body: capitalised words) and numbers; general ones do not.
    int caps = Math.min(4, capitalised(text));
    features.put("caps:" + caps, 1.0);
    // The same marks say more beside the verb: "adopt" a named Act is specific, "adopt" measures general.
    String verb = words.isEmpty() ? "" : words.get(0);
    features.put("vcap:" + verb + "_" + caps, 1.0);
    List<String> marks = Specificity.marks(text);
    for (String mark : marks) {
      features.put("s:" + mark, 1.0);
      features.put("vs:" + verb + "_" + mark, 1.0);
    }
    // The verb that governs past a leading phrase, the verbs it chains to and the means it names.
    ActionStructure.features(text, marks).forEach(f -> features.put(f, 1.0));
    if (text.chars().anyMatch(Character::isDigit)) {
      features.put("digits", 1.0);
    }
    // Specific recommendations run longer than general ones: the length, in doublings, is a feature too.
    features.put("len:" + (32 - Integer.numberOfLeadingZeros(words.size())), 1.0);
    double norm = Math.sqrt(features.size());
    features.replaceAll((k, v) -> v / norm);
    return features;
  }

  private static int capitalised(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    boolean first = true;
    while (m.find()) {
      if (!first && Character.isUpperCase(text.charAt(m.start()))) {
        n++;
      }
      first = false;
    }
    return n;
  }

  /**
   * {@code features} with the dimensions of a sentence embedding of the text added as {@code e:000},
   * {@code e:001}, …; the embedding is unit length, like the other features together.
   */
  public static Map<String, Double> withEmbedding(Map<String, Double> features, float[] embedding) {
    Map<String, Double> all = new TreeMap<>(features);
    for (int i = 0; i < embedding.length; i++) {
      all.put(String.format(Locale.ROOT, EMBEDDING + "%03d", i), (double) embedding[i]);
    }
    return all;
  }

  /** Whether {@code feature} is a word or word bigram, rather than a feature of the opening or of the text's shape. */
  public static boolean isWordFeature(String feature) {
    return feature.startsWith("w:") || feature.startsWith("b:");
  }

  /** A Tribuo example of {@code features} labelled {@code output} (a dummy output when predicting). */
  public static <T extends Output<T>> Example<T> example(T output, Map<String, Double> features) {
    String[] names = features.keySet().toArray(new String[0]);
    double[] values = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      values[i] = features.get(names[i]);
    }
    return new ArrayExample<>(output, names, values);
  }
}
