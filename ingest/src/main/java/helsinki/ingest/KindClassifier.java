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

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** A report is long: a few pages at least. */
  static final int REPORT_MIN_WORDS = 3000;
  /** First-person singular outside quotes this often marks a dispatch, op-ed or blog post. */
  static final int FIRST_PERSON_MIN = 2;
  /** Release cues stand in this many paragraphs at the head and at the foot. */
  static final int EDGE_PARAGRAPHS = 4;
  /** A press release's lead, where its publisher speaks "today". */
  static final int LEAD_PARAGRAPHS = 3;

  static final Rule SALUTATION = new Rule("salutation", e ->
      Letters.isAddressed(e.paragraphs()) ? Optional.of(DocumentKind.LETTER) : Optional.empty());
  static final Rule SCHEMA_TYPE = new Rule("schema.org type", e -> fromSchema(e.schemaType()));
  static final Rule TITLE_WORDS = new Rule("title words", e -> e.title() == null ? Optional.empty() : first(e.title(),
      "\\b(joint statement|press release|news release|media release|statement (by|of|from|on)|public statement)\\b",
      DocumentKind.STATEMENT,
      "^(an? )?(open |joint )?letter\\b|\\bletter (to|from)\\b", DocumentKind.LETTER,
      "\\b(annual report|world report|country report|shadow report|alternative report|briefing paper|submission to)\\b|^report\\b|^report of\\b", DocumentKind.REPORT,
      "^(dispatches|op-ed|opinion|commentary|blog)\\b|\\b(op-ed|opinion)\\s*:", DocumentKind.COMMENTARY));
  static final Rule PUBLISHER_SPEAKS = new Rule("publisher speaks in the lead", e -> e.publisher() == null
      ? Optional.empty()
      : first(String.join("\n", e.paragraphs().subList(0, Math.min(LEAD_PARAGRAPHS, e.paragraphs().size()))),
          Pattern.quote(e.publisher()) + "\\s+(said|stated|announced|warned|urged|called)\\b.{0,20}\\b(today|in a (statement|release))",
          DocumentKind.STATEMENT));
  static final Rule URL_WORDS = new Rule("URL path words", e -> e.url() == null ? Optional.empty() : first(path(e.url()),
      "/(letters?|open-letters?)(/|-|$)", DocumentKind.LETTER,
      "/(statements?|press-releases?|press|media-releases?|news-releases?|media-centre|pressemitteilungen)(/|$)",
      DocumentKind.STATEMENT,
      "/(reports?|publications?|research)(/|$)", DocumentKind.REPORT,
      "/(blogs?|opinion|commentary|op-eds?|dispatches|analysis)(/|$)", DocumentKind.COMMENTARY,
      "/(news|articles?|story|stories)(/|$)", DocumentKind.NEWS));
  static final Rule STATEMENT_CUES = new Rule("press release and joint statement cues", e -> first(edges(e.paragraphs()),
      "\\bfor immediate release\\b|^\\s*#{3}\\s*$|\\bmedia contacts?\\s*:|\\bpress contacts?\\s*:"
          + "|\\bwe,? the undersigned\\b|\\bthe undersigned (organi[sz]ations|groups)\\b", DocumentKind.STATEMENT));
  static final Rule REPORT_CUES = new Rule("report structure", e ->
      words(e.paragraphs()) >= REPORT_MIN_WORDS && first(String.join("\n", e.paragraphs()),
          "\\b(table of contents|executive summary|methodology)\\b|^\\s*contents\\s*$", DocumentKind.REPORT).isPresent()
          ? Optional.of(DocumentKind.REPORT) : Optional.empty());
  static final Rule FIRST_PERSON = new Rule("first-person narrative", e ->
      firstPersonCount(e.paragraphs()) >= FIRST_PERSON_MIN ? Optional.of(DocumentKind.COMMENTARY) : Optional.empty());
  static final Rule NEWS_DATELINE = new Rule("news dateline", e -> e.paragraphs().stream().limit(4)
      .anyMatch(p -> Pattern.compile("^[\\p{Lu}][\\p{Lu} .'-]{2,30}\\s*(,[^—–-]{0,40})?\\(?(AP|Reuters|AFP|[A-Z]{2,5})\\)?\\s*[—–-]\\s")
          .matcher(p).find()) ? Optional.of(DocumentKind.NEWS) : Optional.empty());

  /** Every rule, most trusted first. */
  static final List<Rule> RULES =
      List.of(SALUTATION, SCHEMA_TYPE, TITLE_WORDS, PUBLISHER_SPEAKS, URL_WORDS, STATEMENT_CUES, REPORT_CUES, FIRST_PERSON,
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

  /** The kind after the first pattern that {@code text} holds; arguments alternate pattern, kind. */
  private static Optional<DocumentKind> first(String text, Object... patternsAndKinds) {
    for (int i = 0; i < patternsAndKinds.length; i += 2) {
      Pattern p = Pattern.compile((String) patternsAndKinds[i], FLAGS | Pattern.MULTILINE);
      if (p.matcher(text).find()) {
        return Optional.of((DocumentKind) patternsAndKinds[i + 1]);
      }
    }
    return Optional.empty();
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
