package helsinki.ingest;

import helsinki.core.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who signed or wrote a text: the signature block under a closing ("Sincerely,", "Very respectfully,",
 * "Yours faithfully,") as "Name, Role" lines or a name with its role on the next line, one or several
 * signatories; and bylines near the top ("By Jane Doe, Senior Researcher").
 */
final class Signatures {

  /** What a signature block or byline says. */
  record Signed(List<Author> authors, List<String> organisations) {
    Signed {
      authors = List.copyOf(authors);
      organisations = List.copyOf(organisations);
    }
  }

  static final int MAX_BLOCK_LINES = 12;
  static final int BYLINE_PARAGRAPHS = 5;

  private static final Pattern CLOSING = Pattern.compile(
      "(?i)^(?:(?:very |most )?(?:respectfully|sincerely|truly|cordially|faithfully)(?: yours)?"
          + "|yours(?: (?:sincerely|faithfully|truly|respectfully))?|(?:with )?(?:best|kind|warm|warmest) regards|regards"
          + "|with (?:respect|gratitude|appreciation)|respectfully submitted|signed|atentamente|cordialement"
          + "|mit freundlichen grüßen|sinceramente|signatories|signed by|endorsed by|co-signed by|list of signatories)[,.:]?$");
  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.|de|da|del|van|von|der|den|al|el|bin|la|le|du|dos|y)";
  static final Pattern PERSON_NAME =
      Pattern.compile("(?:(?:Dr|Prof|Mr|Ms|Mrs|Rev|Hon)\\.?\\s+)?\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+" + NAME_WORD + "){1,4}");
  private static final Pattern ORG_WORDS = Pattern.compile(
      "\\b(?:Watch|International|Foundation|Institute|Center|Centre|Committee|Council|Association|Network|Coalition"
          + "|Union|Federation|Society|League|Alliance|Organi[sz]ation|Project|Initiative|Fund|Trust|Commission"
          + "|Movement|Campaign|Forum|Ministry|Department|Agency|Rights|Amnesty|Defenders|Memorial|Reporters|Freedom"
          + "|Press|News|Staff|Desk|Team|Bureau|Editors|Editorial|Media|Reuters|Wire|Admin)\\b");
  private static final Pattern ROLE_WORDS = Pattern.compile(
      "(?i)\\b(?:president|director|chair|chairman|chairwoman|ceo|secretary|officer|head|manager|coordinator|advocate"
          + "|researcher|counsel|founder|member|senator|representative|minister|ambassador|fellow|editor|professor"
          + "|spokes(?:person|man|woman)|executive|deputy|general|associate|lead|program|programme|staff)\\b");
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(.+)$");

  private Signatures() {}

  /** The signatories under the last closing in {@code paragraphs}, with organisations named beside them. */
  static Signed signatureBlock(List<String> paragraphs) {
    List<String> lines = new ArrayList<>();
    paragraphs.forEach(p -> lines.addAll(List.of(p.split("\n"))));
    int closing = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (CLOSING.matcher(lines.get(i).strip()).matches()) {
        closing = i;
      }
    }
    if (closing < 0) {
      return new Signed(List.of(), List.of());
    }
    return readBlock(lines.subList(closing + 1, Math.min(lines.size(), closing + 1 + MAX_BLOCK_LINES)));
  }

  private static Signed readBlock(List<String> lines) {
    List<Author> authors = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.split("\\s+").length > 14 || Dates.find(line) != null) {
        break;
      }
      Author author = nameAndRole(line);
      if (author != null) {
        String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
        if (author.role() == null && isRole(next)) {
          author = new Author(author.name(), next);
          i++;
        }
        authors.add(author);
      } else if (isOrganisation(line)) {
        organisations.add(line);
      } else {
        break;
      }
    }
    return new Signed(authors, organisations);
  }

  /** "Jane Doe, Executive Director" or "Jane Doe": a person's name, with the role after a comma. */
  static @Nullable Author nameAndRole(String line) {
    int comma = line.indexOf(',');
    String name = (comma < 0 ? line : line.substring(0, comma)).strip();
    String role = comma < 0 ? null : line.substring(comma + 1).strip();
    if (!PERSON_NAME.matcher(name).matches() || ORG_WORDS.matcher(name).find() || ROLE_WORDS.matcher(name).find()) {
      return null;
    }
    return new Author(name, role == null || role.isEmpty() ? null : role);
  }

  private static boolean isRole(String line) {
    return !line.isEmpty() && line.split("\\s+").length <= 12 && ROLE_WORDS.matcher(line).find();
  }

  static boolean isOrganisation(String line) {
    return line.split("\\s+").length <= 10 && ORG_WORDS.matcher(line).find() && !ROLE_WORDS.matcher(line).find();
  }

  /** Authors named in a byline among the first paragraphs: "By Jane Doe and John Roe". */
  static List<Author> byline(List<String> paragraphs) {
    for (String p : paragraphs.subList(0, Math.min(BYLINE_PARAGRAPHS, paragraphs.size()))) {
      Matcher m = BYLINE.matcher(p.strip());
      if (m.matches() && p.split("\\s+").length <= 16) {
        return bylineNames(m.group(1));
      }
    }
    return List.of();
  }

  /** The people a byline's text names: "Jane Doe, Senior Researcher" or "Jane Doe and John Roe". */
  static List<Author> bylineNames(String text) {
    List<Author> authors = new ArrayList<>();
    String s = text.strip().replaceFirst("(?i)^by\\s+", "");
    Author whole = nameAndRole(s);
    if (whole != null && (whole.role() == null || isRole(whole.role()))) {
      return List.of(whole);
    }
    for (String part : s.split("\\s*(?:,|\\band\\b|&)\\s*")) {
      Author a = nameAndRole(part);
      if (a != null) {
        authors.add(a);
      }
    }
    return authors;
  }
}
