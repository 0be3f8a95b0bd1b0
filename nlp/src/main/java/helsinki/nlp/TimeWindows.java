package helsinki.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a sentence that SUTime needs to see: every word that a time expression or a number
 * can be built from (a digit, a {@link TimeGate} time word, a CD tag, a number or ordinal word) with
 * {@link #REACH} words on each side, overlapping or nearby parts joined. SUTime's cost grows with the
 * words it is given (each of its hundreds of rules is tried at every position), and in news about half
 * of a sentence that holds a time is far from any such word.
 */
final class TimeWindows {

  /** Words kept on each side of a word a time or number can be built from. */
  static final int REACH = 6;

  /** Parts closer than this are joined: a short gap saves little and splits nothing SUTime reads. */
  private static final int JOIN = 3;

  // NumberNormalizer's number and ordinal words and CoreNLP's ordinal pattern, as well as units SUTime reads as numbers.
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|"
      + "sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|score|gross|oh|zeroth|first|second|"
      + "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
      + "sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
      + "eightieth|ninetieth|hundredt?h|thousandth|millionth|billionth|trillionth)(?:-[a-z]+)?s?");

  /** A part of a sentence, from word {@code start} (inclusive) to {@code end} (exclusive). */
  record Window(int start, int end) {}

  private TimeWindows() {}

  /** The windows over a sentence's {@code words} with their part-of-speech {@code tags}, in order. */
  static List<Window> of(List<String> words, List<String> tags) {
    return of(words, tags, REACH);
  }

  /** The windows with {@code reach} words kept on each side of an anchoring word. */
  static List<Window> of(List<String> words, List<String> tags, int reach) {
    List<Window> windows = new ArrayList<>();
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (!anchors(words.get(i), tags.get(i))) {
        continue;
      }
      int start = Math.max(0, i - reach);
      int end = Math.min(n, i + reach + 1);
      Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && start - last.end() < JOIN) {
        windows.set(windows.size() - 1, new Window(last.start(), Math.max(last.end(), end)));
      } else {
        windows.add(new Window(start, end));
      }
    }
    return windows;
  }

  /** Whether a time expression or a number can be built from this word. */
  static boolean anchors(String word, String tag) {
    return "CD".equals(tag) || TimeGate.isTimeWord(word) || hasDigit(word) || NUMBER_WORD.matcher(word).matches();
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
