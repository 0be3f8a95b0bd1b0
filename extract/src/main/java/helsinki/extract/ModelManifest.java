package helsinki.extract;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the shipped UPR models were trained on and how to read them: the training file's SHA-256, the
 * sessions used, the seed, the Tribuo version, the vocabulary size, the training settings, the theme thresholds tuned on a
 * held-out part of the training sessions, and the held-out figures measured when they were tuned.
 */
public record ModelManifest(
    String data,
    String sha256,
    List<Integer> sessions,
    List<Integer> heldOutSessions,
    int rows,
    long seed,
    String tribuo,
    int vocabulary,
    String settings,
    double themeThreshold,
    double documentThreshold,
    Map<String, Double> heldOut) {

  public ModelManifest {
    sessions = List.copyOf(sessions);
    heldOutSessions = List.copyOf(heldOutSessions);
    // Sorted, so that the same training writes the same manifest, byte for byte.
    heldOut = Collections.unmodifiableMap(new TreeMap<>(heldOut));
  }

  /** The classpath folder of the shipped models and this manifest. */
  public static final String FOLDER = "helsinki/extract/models/";
  /** The manifest's file name. */
  public static final String FILE = "manifest.json";
  /** The themes model's file name (gzipped Tribuo protobuf). */
  public static final String THEMES = "themes.tribuo.gz";
  /** The strength (action category) model's file name. */
  public static final String STRENGTH = "strength.tribuo.gz";
  /** The acceptance model's file name. */
  public static final String ACCEPTANCE = "acceptance.tribuo.gz";
}
