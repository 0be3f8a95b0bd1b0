package helsinki.ingest;

import helsinki.core.DocumentKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What kind of document this is (TAXONOMY.md), from the strongest evidence that speaks: a
 * salutation, the page's declared schema type, words in the title, words in the URL path, then cues
 * in the text. Each rule is a named value; {@link #RULES} lists them in the order they are trusted.
 * When none speaks the answer is {@code OTHER}, never a guess.
 */
final class KindClassifier {

  /** What the rules look at. */
  record Evidence(
      @Nullable String title, List<String> paragraphs, @Nullable String url, @Nullable String schemaType,
      @Nullable String ogType, @Nullable String publisher) {
    Evidence {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** One way of telling the kind. */
  record Rule(String name, Function<Evidence, Optional<DocumentKind>> decide) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;
  /** A report is long: a few pages at least. */
  static final int REPORT_MIN_WORDS = 3000;
  /** First-person singular outside quotes this often marks a dispatch, op-ed or blog post. */
  static final int FIRST_PERSON_MIN = 2;
  /** Release cues stand in this many paragraphs at the head and at the foot. */
  static final int EDGE_PARAGRAPHS = 4;
  /** A press release's lead, where its publisher speaks "today". */
  static final int LEAD_PARAGRAPHS = 3;

  /** A pattern whose presence tells a kind. */
  record Cue(Pattern pattern, DocumentKind kind) {
    static Cue of(String regex, DocumentKind kind) {
      return new Cue(Pattern.compile(regex, FLAGS), kind);
    }
  }

  private static final List<Cue> TITLE_CUES = List.of(
      Cue.of("\\b(joint statement|press release|news release|media release|statement (by|of|from|on)|public statement)\\b",
          DocumentKind.STATEMENT),
      Cue.of("^(an? )?(open |joint )?letter\\b|\\bletter (to|from)\\b", DocumentKind.LETTER),
      Cue.of("\\b(annual report|world report|country report|shadow report|alternative report|briefing paper"
          + "|submission to)\\b|^report\\b", DocumentKind.REPORT),
      Cue.of("^(dispatches|op-ed|opinion|commentary|blog)\\b|\\b(op-ed|opinion)\\s*:", DocumentKind.COMMENTARY));
  /** A short line above or below the headline that says what the document is: "Joint statement by …". */
  private static final List<Cue> KICKER_CUES = List.of(
      Cue.of("^(joint |public |press )?statement\\b|^(press|news|media) release\\b", DocumentKind.STATEMENT),
      Cue.of("^(open |joint )?letter\\b", DocumentKind.LETTER),
      Cue.of("^(report|briefing( paper)?|submission)\\b", DocumentKind.REPORT),
      Cue.of("^(commentary|dispatches?|op-ed|opinion|analysis)\\b", DocumentKind.COMMENTARY));
  /** A kicker is a label, not a sentence. */
  static final int KICKER_MAX_WORDS = 12;
  private static final List<Cue> URL_CUES = List.of(
      Cue.of("/(letters?|open-letters?)(/|-|$)", DocumentKind.LETTER),
      Cue.of("/(statements?|press-releases?|press|media-releases?|news-releases?|media-centre|pressemitteilungen)(/|$)",
          DocumentKind.STATEMENT),
      Cue.of("/(reports?|publications?|research)(/|$)", DocumentKind.REPORT),
      Cue.of("/(blogs?|opinion|commentary|op-eds?|dispatches|analysis)(/|$)", DocumentKind.COMMENTARY),
      Cue.of("/(news|articles?|story|stories)(/|$)", DocumentKind.NEWS));
  private static final List<Cue> RELEASE_CUES = List.of(Cue.of(
      "\\bfor immediate release\\b|^\\s*#{3}\\s*$|\\bmedia contacts?\\s*:|\\bpress contacts?\\s*:"
          + "|\\bwe,? the undersigned\\b|\\bthe undersigned (organi[sz]ations|groups)\\b", DocumentKind.STATEMENT));
  private static final List<Cue> REPORT_STRUCTURE = List.of(
      Cue.of("\\b(table of contents|executive summary|methodology)\\b|^\\s*contents\\s*$", DocumentKind.REPORT));
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("^[\\p{Lu}][\\p{Lu} .'-]{2,30}\\s*(,[^—–-]{0,40})?\\(?(AP|Reuters|AFP|[A-Z]{2,5})\\)?\\s*[—–-]\\s");

  static final Rule SALUTATION = new Rule("salutation", e ->
      Letters.isAddressed(e.paragraphs()) ? Optional.of(DocumentKind.LETTER) : Optional.empty());
  static final Rule SCHEMA_TYPE = new Rule("schema.org type", e -> fromSchema(e.schemaType()));
  static final Rule TITLE_WORDS = new Rule("title words", e ->
      e.title() == null ? Optional.empty() : first(e.title(), TITLE_CUES));
  static final Rule KICKER = new Rule("kicker line", e -> e.paragraphs().stream().limit(LEAD_PARAGRAPHS)
      .map(p -> p.strip().split("\n", 2)[0])
      .filter(line -> line.split("\\s+").length <= KICKER_MAX_WORDS)
      .map(line -> first(line, KICKER_CUES))
      .flatMap(Optional::stream)
      .findFirst());
  static final Rule PUBLISHER_SPEAKS = new Rule("publisher speaks in the lead", e -> e.publisher() == null
      ? Optional.empty()
      : first(lead(e.paragraphs()), List.of(Cue.of(Pattern.quote(e.publisher())
          + "\\s+(said|stated|announced|warned|urged|called)\\b.{0,20}\\b(today|in a (statement|release))",
          DocumentKind.STATEMENT))));
  static final Rule URL_WORDS = new Rule("URL path words", e ->
      e.url() == null ? Optional.empty() : first(path(e.url()), URL_CUES));
  static final Rule STATEMENT_CUES = new Rule("press release and joint statement cues", e ->
      first(edges(e.paragraphs()), RELEASE_CUES));
  static final Rule REPORT_CUES = new Rule("report structure", e -> words(e.paragraphs()) >= REPORT_MIN_WORDS
      ? first(String.join("\n", e.paragraphs()), REPORT_STRUCTURE) : Optional.empty());
  static final Rule FIRST_PERSON = new Rule("first-person narrative", e ->
      firstPersonCount(e.paragraphs()) >= FIRST_PERSON_MIN ? Optional.of(DocumentKind.COMMENTARY) : Optional.empty());
  static final Rule NEWS_DATELINE = new Rule("news dateline", e -> e.paragraphs().stream().limit(LEAD_PARAGRAPHS + 1)
      .anyMatch(p -> WIRE_DATELINE.matcher(p).find()) ? Optional.of(DocumentKind.NEWS) : Optional.empty());

  /** Every rule, most trusted first. */
  static final List<Rule> RULES =
      List.of(SALUTATION, SCHEMA_TYPE, TITLE_WORDS, KICKER, PUBLISHER_SPEAKS, URL_WORDS, STATEMENT_CUES, REPORT_CUES, FIRST_PERSON,
          NEWS_DATELINE);

  private static final Pattern FIRST_PERSON_WORD = Pattern.compile("(?<![\\p{L}’'.])(I|my|me|I’m|I'm|I’ve|I've)(?!\\p{L}|\\.\\p{L})");
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\\p{L})");
  private static final Pattern UNCLOSED = Pattern.compile("[“\"].*$", Pattern.DOTALL);

  /** The kind the most trusted rule that speaks gives. */
  DocumentKind classify(Evidence evidence) {
    for (Rule rule : RULES) {
      Optional<DocumentKind> kind = rule.decide().apply(evidence);
      if (kind.isPresent()) {
        return kind.get();
      }
    }
    return DocumentKind.OTHER;
  }

  private static Optional<DocumentKind> fromSchema(@Nullable String type) {
    if (type == null) {
      return Optional.empty();
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "newsarticle", "reportagenewsarticle", "backgroundnewsarticle" -> Optional.of(DocumentKind.NEWS);
      case "report" -> Optional.of(DocumentKind.REPORT);
      case "blogposting", "opinionnewsarticle", "analysisnewsarticle", "reviewnewsarticle" ->
          Optional.of(DocumentKind.COMMENTARY);
      case "pressrelease" -> Optional.of(DocumentKind.STATEMENT);
      default -> Optional.empty();
    };
  }

  /** The kind of the first cue that {@code text} holds. */
  private static Optional<DocumentKind> first(String text, List<Cue> cues) {
    for (Cue cue : cues) {
      if (cue.pattern().matcher(text).find()) {
        return Optional.of(cue.kind());
      }
    }
    return Optional.empty();
  }

  private static String lead(List<String> paragraphs) {
    return String.join("\n", paragraphs.subList(0, Math.min(LEAD_PARAGRAPHS, paragraphs.size())));
  }

  private static String path(String url) {
    String s = url.toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    int slash = scheme < 0 ? s.indexOf('/') : s.indexOf('/', scheme + 3);
    return slash < 0 ? "" : s.substring(slash);
  }

  /** The first and last paragraphs, where a release puts its "For immediate release" and its contacts. */
  private static String edges(List<String> paragraphs) {
    int n = paragraphs.size();
    List<String> edge = n <= EDGE_PARAGRAPHS * 2 ? paragraphs
        : java.util.stream.Stream.concat(paragraphs.subList(0, EDGE_PARAGRAPHS).stream(),
            paragraphs.subList(n - EDGE_PARAGRAPHS, n).stream()).toList();
    return String.join("\n", edge);
  }

  private static int words(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
  }

  /** First-person singular words outside quotations: a reporter quotes, a commentator speaks. */
  static int firstPersonCount(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      // A quote that runs on into the next paragraph opens here and never closes: cut it to the end.
      String unquoted = UNCLOSED.matcher(QUOTED.matcher(p).replaceAll("")).replaceAll("");
      Matcher m = FIRST_PERSON_WORD.matcher(unquoted);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }
}
