package helsinki.nlp.eval;

import helsinki.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a TimeML file: its id, creation date, the plain text of its TEXT element and the TIMEX3
 * elements inside it, with offsets into that plain text. Other tags (EVENT, SIGNAL) are dropped.
 */
final class TimeMl {

  private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** One parsed TimeML document. */
  record Doc(String id, LocalDate created, String text, List<Timex> timexes) {}

  private TimeMl() {}

  static Doc read(Path file) throws InputException {
    String xml;
    try {
      xml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
    }
    Matcher id = DOCID.matcher(xml);
    Matcher dct = DCT.matcher(xml);
    int start = xml.indexOf("<TEXT>");
    int end = xml.indexOf("</TEXT>");
    if (!id.find() || !dct.find() || start < 0 || end < start) {
      throw new InputException(file.toString(), "not a TimeML document with DOCID, DCT and TEXT");
    }
    return parseText(id.group(1), LocalDate.parse(dct.group(1)), xml.substring(start + "<TEXT>".length(), end));
  }

  /** Strips the tags of a TEXT element's content, keeping TIMEX3 extents as offsets. */
  static Doc parseText(String id, LocalDate created, String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Timex> timexes = new ArrayList<>();
    int open = -1;
    String openTag = "";
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '<') {
        int close = marked.indexOf('>', i);
        String tag = marked.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          open = text.length();
          openTag = tag;
        } else if (tag.equals("/TIMEX3") && open >= 0) {
          timexes.add(new Timex(open, text.length(), attribute(openTag, "type"), attribute(openTag, "value")));
          open = -1;
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = marked.indexOf(';', i);
        text.append(entity(marked.substring(i + 1, semi)));
        i = semi + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new Doc(id, created, text.toString(), timexes);
  }

  private static String attribute(String tag, String name) {
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }

  private static String entity(String name) {
    @Nullable String s = switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> null;
    };
    if (s != null) {
      return s;
    }
    if (name.startsWith("#x")) {
      return Character.toString(Integer.parseInt(name.substring(2), 16));
    }
    if (name.startsWith("#")) {
      return Character.toString(Integer.parseInt(name.substring(1)));
    }
    return "&" + name + ";";
  }
}
