package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a letter is addressed to: the salutation ("Dear Secretary Tillerson:", "Dear Minister Lavrov
 * and Ambassador Haley,"), a memo's "To:" line, and the inside address above the salutation ("The
 * Honorable Jane Doe" with her office on the next line), merged when they name the same person.
 */
final class Letters {

  /** The salutation and "To:" lines are looked for among this many leading paragraphs. */
  static final int LEADING_PARAGRAPHS = 12;
  /** Title, date, address and "To:" lines are short; the first longer line starts the body. */
  static final int HEAD_LINE_WORDS = 40;
  /** A line this long that ends in a full stop is a sentence of the body, not an address line. */
  static final int SENTENCE_WORDS = 12;

  private static final Pattern SALUTATION = Pattern.compile("^(?:Dear|My dear|Esteemed|Estimado|Estimada|Cher|Chère)\\s+(.{2,160}?)\\s*[:,;]?$");
  private static final Pattern TO_LINE = Pattern.compile("(?i)^to\\s*:\\s*(.{2,200})$");
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(?:The Honou?rable|The Hon\\.|Hon\\.|H\\.\\s?E\\.|His Excellency|Her Excellency|Senator|Ambassador)\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(.+)$");
  private static final Set<String> GENERIC = Set.of(
      "sir", "madam", "sir or madam", "sir/madam", "sirs", "madam or sir", "colleague", "colleagues", "friend",
      "friends", "all", "supporter", "supporters", "member", "members", "reader", "readers", "partners", "friends and colleagues");

  private Letters() {}

  /** Whether the leading paragraphs hold a salutation or a "To:" line. */
  static boolean isAddressed(List<String> paragraphs) {
    for (String line : leadingLines(paragraphs)) {
      if (SALUTATION.matcher(line).matches() || TO_LINE.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The addressees as the letter writes them, one per person or body, generic greetings left out. */
  static List<String> addressees(List<String> paragraphs) {
    List<String> lines = leadingLines(paragraphs);
    List<String> found = new ArrayList<>();
    List<String> inside = insideAddress(lines);
    for (String line : lines) {
      Matcher dear = SALUTATION.matcher(line);
      Matcher to = TO_LINE.matcher(line);
      if (dear.matches()) {
        for (String part : splitPeople(dear.group(1))) {
          found.add(mergeWithInside(part, inside));
        }
        break;
      } else if (to.matches()) {
        for (String part : to.group(1).split("\\s*;\\s*")) {
          found.add(part.strip());
        }
      }
    }
    if (found.isEmpty()) {
      found.addAll(modelLetter(paragraphs));
    }
    return found.stream().filter(a -> !GENERIC.contains(a.toLowerCase(Locale.ROOT).replaceAll("[.:,]", "").strip()))
        .distinct().toList();
  }

  /**
   * A letter set inside a longer text, as an urgent-action appeal sets its model letter after the case:
   * the first paragraph that is a salutation alone ("Dear Public Prosecutor,") names whom it addresses.
   */
  private static List<String> modelLetter(List<String> paragraphs) {
    for (String p : paragraphs) {
      Matcher dear = SALUTATION.matcher(p.strip());
      if (!p.strip().contains("\n") && dear.matches()) {
        return splitPeople(dear.group(1));
      }
    }
    return List.of();
  }

  /** The lines before the body: a salutation or "To:" line comes before the first long paragraph. */
  private static List<String> leadingLines(List<String> paragraphs) {
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs.subList(0, Math.min(LEADING_PARAGRAPHS, paragraphs.size()))) {
      for (String line : p.split("\n")) {
        boolean sentence = line.strip().endsWith(".") && !Boilerplate.short_(line, SENTENCE_WORDS);
        if (sentence || !Boilerplate.short_(line, HEAD_LINE_WORDS)) {
          return lines;
        }
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /** "Secretary Tillerson and Minister Lavrov" is two people; "Mr. and Mrs. Doe" stays one greeting. */
  private static List<String> splitPeople(String greeting) {
    List<String> parts = new ArrayList<>();
    for (String part : greeting.split("\\s*(?:,|\\band\\b|&)\\s*")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    boolean allNamed = parts.size() > 1 && parts.stream().allMatch(p -> p.split("\\s+").length >= 2);
    return allNamed ? parts : List.of(greeting.strip());
  }

  /** The people of an inside address: "Name, Office" for each honorific line and the office under it. */
  private static List<String> insideAddress(List<String> lines) {
    List<String> people = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (SALUTATION.matcher(lines.get(i)).matches()) {
        break;
      }
      Matcher m = HONORIFIC.matcher(lines.get(i));
      if (m.matches()) {
        String office = i + 1 < lines.size() ? lines.get(i + 1) : "";
        boolean isOffice = !office.isEmpty() && office.split("\\s+").length <= 8 && Dates.find(office) == null
            && !SALUTATION.matcher(office).matches() && !HONORIFIC.matcher(office).matches();
        people.add(isOffice ? m.group(1).strip() + ", " + office : m.group(1).strip());
      }
    }
    return people;
  }

  /** The inside address's fuller "Name, Office" when its surname is the salutation's. */
  private static String mergeWithInside(String salutation, List<String> inside) {
    String[] words = salutation.split("\\s+");
    String surname = words[words.length - 1];
    for (String person : inside) {
      String name = person.split(",")[0].strip();
      if (name.endsWith(" " + surname) || name.equals(surname)) {
        return person;
      }
    }
    return salutation;
  }
}
