package helsinki.ingest;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.jspecify.annotations.Nullable;

/**
 * Language identification of clean text: an ISO 639-1 code, or null when the text is too short to
 * tell or the detector is unsure. Uses Tika's Optimaize detector, whose ~70 language profiles load
 * once per instance.
 */
final class Languages {

  /** Below this many letters the n-gram profiles guess more than they judge. */
  static final int MIN_LETTERS = 20;
  /** A sample this long settles the language of a document; reading more only costs time. */
  private static final int SAMPLE_CHARS = 20_000;

  // Tika's detector keeps the text it is given in fields, so one instance serves one thread at a time.
  private final LanguageDetector detector = new OptimaizeLangDetector().loadModels();

  @Nullable String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) {
      return null;
    }
    LanguageResult result;
    synchronized (detector) {
      result = detector.detect(sample);
    }
    if (result.isUnknown() || !result.isReasonablyCertain()) {
      return null;
    }
    String code = result.getLanguage();
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash); // "zh-CN" and "zh-TW" are both ISO 639-1 "zh"
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
