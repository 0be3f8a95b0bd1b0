package helsinki.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How specific the object of a recommendation is, in a few marks: UPR Info's action category 5
 * ("adopt the Sexual Offences Act") names its object, category 4 ("adopt measures") does not.
 */
final class Specificity {

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  // "the Optional Protocol", "its National Plan of Action": an article before a capitalised name, past the opening word.
  private static final Pattern NAMED_OBJECT = Pattern.compile("\\b(?:the|its|a)\\s+\\p{Lu}");
  private static final Pattern NUMBERED = Pattern.compile(
      "\\b(?:No\\.|Nos?\\b|number|article|art\\.|articles|section|resolution)\\s*\\d", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
  private static final Pattern INSTRUMENT = Pattern.compile("\\b(?:Act|Law|Bill|Code|Convention|Protocol|Covenant|Statute|Decree"
      + "|Plan|Strategy|Programme|Program|Policy|Commission|Committee|Council|Ombudsman|Institution)\\b");
  private static final Pattern GENERAL = Pattern.compile(
      "\\b(?:measures|efforts|steps|necessary|appropriate|all|further|ensure|strengthen|continue|improve|promote)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Specificity() {}

  /** The marks of {@code text}: a year, a named object, a number, a quotation, how many instruments and general words. */
  static List<String> marks(String text) {
    List<String> marks = new ArrayList<>();
    if (YEAR.matcher(text).find()) {
      marks.add("year");
    }
    if (!text.isEmpty() && NAMED_OBJECT.matcher(text.substring(1)).find()) {
      marks.add("thecap");
    }
    if (NUMBERED.matcher(text).find()) {
      marks.add("num");
    }
    if (QUOTE.matcher(text).find()) {
      marks.add("quote");
    }
    marks.add("named" + Math.min(2, count(INSTRUMENT, text)));
    marks.add("gen" + Math.min(3, count(GENERAL, text)));
    return marks;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
