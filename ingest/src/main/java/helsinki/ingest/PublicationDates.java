package helsinki.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The date a text says it was published, from where documents state it: a "Published on" line, a
 * dateline ("GENEVA (12 March 2021) –"), a date on a line of its own at the head of a letter, or a
 * date in the URL path. A date in the body or a photo caption is not a publication date: when no rule
 * speaks, the answer is null. {@link #RULES} lists the rules, most trusted first.
 */
final class PublicationDates {

  /** What the rules look at. */
  record Evidence(List<String> paragraphs, @Nullable String url) {
    Evidence {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** One way of finding the date. */
  record Rule(String name, java.util.function.Function<Evidence, Optional<LocalDate>> find) {}

  /** Datelines and date lines stand among the first paragraphs. */
  static final int LEADING_PARAGRAPHS = 8;
  static final int SHORT_LINE_WORDS = 14;
  /** Some letters put place and date under the signature. */
  static final int FOOT_PARAGRAPHS = 5;

  private static final Pattern STATED_CUE = Pattern.compile(
      "(?i)^(?:(?:first |originally )?published|posted|issued|released|dated|date|publication date|"
          + "publié le|publicado(?: el)?|veröffentlicht(?: am)?|distr\\.?\\s*:\\s*(?:general|limited|restricted))"
          + "(?:\\s+on)?\\s*:?\\s*(?:[\\p{L}]+,\\s*)?$");
  private static final Pattern CAPTION = Pattern.compile("©|\\(c\\) \\d{4}|(?i)\\b(photo|credit|image|getty|afp photo|ap photo)\\b");
  private static final Pattern PLACE = Pattern.compile("^[\\p{Lu}(][\\p{L} .,'’()-]{1,60}?[,(]?\\s*$");
  private static final Pattern DASH_AFTER = Pattern.compile("^\\)?\\s*[–—-]");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  static final Rule STATED = new Rule("stated date line", e -> e.paragraphs().stream()
      .flatMap(p -> p.lines())
      .filter(l -> Boilerplate.short_(l, SHORT_LINE_WORDS) && !CAPTION.matcher(l).find())
      .map(PublicationDates::stated).flatMap(Optional::stream).findFirst());
  static final Rule DATELINE = new Rule("dateline", e -> e.paragraphs().stream().limit(LEADING_PARAGRAPHS)
      .map(PublicationDates::dateline).flatMap(Optional::stream).findFirst());
  static final Rule DATE_LINE = new Rule("date on its own line", e -> e.paragraphs().stream().limit(LEADING_PARAGRAPHS)
      .flatMap(p -> p.lines())
      .map(PublicationDates::dateAlone).flatMap(Optional::stream).findFirst());
  static final Rule LETTER_FOOT = new Rule("date on its own line at the foot of a letter", e ->
      !Letters.isAddressed(e.paragraphs()) ? Optional.empty()
          : e.paragraphs().subList(Math.max(0, e.paragraphs().size() - FOOT_PARAGRAPHS), e.paragraphs().size()).stream()
              .flatMap(p -> p.lines())
              .map(PublicationDates::dateAlone).flatMap(Optional::stream).findFirst());
  static final Rule URL_PATH = new Rule("date in the URL path", e -> Optional.ofNullable(e.url()).flatMap(PublicationDates::urlDate));

  /** Every rule, most trusted first. */
  static final List<Rule> RULES = List.of(STATED, DATELINE, DATE_LINE, LETTER_FOOT, URL_PATH);

  private PublicationDates() {}

  /** The publication date that the first rule to speak finds, or null. */
  static @Nullable LocalDate find(Evidence evidence) {
    for (Rule rule : RULES) {
      Optional<LocalDate> d = rule.find().apply(evidence);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  /** "Published on April 7, 2017", "Date: 3 May 2019": a cue, then the date, then nothing much. */
  private static Optional<LocalDate> stated(String line) {
    Dates.Found f = Dates.find(line);
    if (f == null || f.start() == 0) {
      return Optional.empty();
    }
    boolean cue = STATED_CUE.matcher(line.substring(0, f.start()).strip()).matches();
    boolean tail = line.substring(f.end()).strip().replaceAll("[.,;:|]", "").split("\\s+").length <= 4;
    return cue && tail ? Optional.of(f.date()) : Optional.empty();
  }

  /** "MOSCOW (April 12, 2017) –" or "Geneva, 5 March 2020 —" at the start of a paragraph. */
  private static Optional<LocalDate> dateline(String paragraph) {
    Dates.Found f = Dates.find(paragraph);
    if (f == null || f.start() > 70) {
      return Optional.empty();
    }
    String before = paragraph.substring(0, f.start());
    boolean place = before.isBlank() || PLACE.matcher(before).matches();
    return place && DASH_AFTER.matcher(paragraph.substring(f.end())).find() ? Optional.of(f.date()) : Optional.empty();
  }

  /** A line that is a date, maybe after a place: "April 7, 2017", "Washington, DC, 7 April 2017". */
  private static Optional<LocalDate> dateAlone(String line) {
    String s = line.strip();
    Dates.Found f = Dates.find(s);
    if (f == null || !s.substring(f.end()).replaceAll("[.,]", "").isBlank()) {
      return Optional.empty();
    }
    String before = s.substring(0, f.start());
    return before.isBlank() || (PLACE.matcher(before).matches() && before.split("\\s+").length <= 5)
        ? Optional.of(f.date()) : Optional.empty();
  }

  private static Optional<LocalDate> urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Dates.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3))));
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }
}
