package helsinki.library;

import helsinki.extract.TextFeatures;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The features the models keep: the most frequent ones in the training texts (by how many texts
 * hold them), which bounds the shipped models' size; optionally without the words of state names.
 */
final class UprVocabulary {

  // Words that are in more than one state's name, or plain English, say nothing of one state.
  private static final Set<String> GENERIC = Set.of("republic", "united", "democratic", "kingdom", "states", "state",
      "federation", "federal", "people", "peoples", "islands", "arab", "islamic", "and", "the", "of", "new", "south",
      "north", "saint", "union", "plurinational", "bolivarian", "emirates", "former", "holy", "see", "central", "african");

  private final Set<String> kept;

  private UprVocabulary(Set<String> kept) {
    this.kept = kept;
  }

  /** The features of {@code recs} that pass {@code wanted}, the {@code size} most frequent. */
  static UprVocabulary of(List<UprRecommendation> recs, int size, boolean stripStates, Predicate<String> wanted) {
    Set<String> states = stripStates ? stateWords(recs) : Set.of();
    Map<String, Integer> df = new HashMap<>();
    for (UprRecommendation r : recs) {
      TextFeatures.of(r.text()).keySet().forEach(f -> df.merge(f, 1, Integer::sum));
    }
    Set<String> kept = df.entrySet().stream()
        .filter(e -> e.getValue() >= 2 && wanted.test(e.getKey()) && !namesState(e.getKey(), states))
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(size).map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
    return new UprVocabulary(kept);
  }

  int size() {
    return kept.size();
  }

  /** The features of {@code text} that the vocabulary keeps, at the values the featuriser gave them. */
  Map<String, Double> features(String text) {
    Map<String, Double> features = new TreeMap<>(TextFeatures.of(text));
    features.keySet().retainAll(kept);
    return features;
  }

  private static boolean namesState(String feature, Set<String> states) {
    if (states.isEmpty()) {
      return false;
    }
    for (String w : feature.substring(feature.indexOf(':') + 1).split("_")) {
      if (states.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> stateWords(List<UprRecommendation> recs) {
    Map<String, Set<String>> namesOf = new HashMap<>();
    for (UprRecommendation r : recs) {
      for (String name : List.of(r.to(), r.from())) {
        TextFeatures.words(name).forEach(w -> namesOf.computeIfAbsent(w, k -> new HashSet<>()).add(name));
      }
    }
    return namesOf.entrySet().stream().filter(e -> e.getValue().size() == 1 && !GENERIC.contains(e.getKey()))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }
}
