package helsinki.ingest;

import helsinki.core.Author;
import helsinki.core.DocumentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads title, subtitle, publisher, authors, date, kind and addressees from what a document states:
 * meta tags and JSON-LD of a page, a format's own properties, and the clean text itself. Thread-safe.
 */
final class MetadataExtractor {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern CONTACT_DOMAIN =
      Pattern.compile("(?i)(?:@|\\bwww\\.|https?://)([a-z0-9-]+(?:\\.[a-z0-9-]+)+)");
  private static final Pattern FILE_LIKE_TITLE =
      Pattern.compile("(?i)^(microsoft (word|powerpoint)|untitled|document\\d*$|new document|powerpoint presentation"
          + "|slide \\d+$|title$|doc\\d+$)|\\.(docx?|pdf|odt|rtf|indd|pptx?)$");

  /** A cover may name its publisher on a few short lines before the title. */
  static final int MAX_COVER_LINES = 3;
  static final int MAX_COVER_WORDS = 10;
  /** A letterhead stands in the first paragraphs; press contacts in the last ones. */
  static final int LETTERHEAD_PARAGRAPHS = 3;
  static final int CONTACT_PARAGRAPHS = 6;
  /** A press release names its publisher in its first paragraphs. */
  static final int SAID_TODAY_PARAGRAPHS = 4;
  private static final Pattern SAID_TODAY = Pattern.compile(
      "(?:^|[,.;]\\s+|\\s–\\s|\\s—\\s)(?:the\\s+)?(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:for|of|on|and|the|\\p{Lu}[\\p{L}'’&-]*)){1,8})"
          + "\\s+(?:said|stated|announced|warned|urged) (?:today|in a (?:statement|report|briefing))");

  /** "Joint statement by the Caucasus Civic Forum": a kicker that names who speaks. */
  private static final Pattern STATED_BY = Pattern.compile(
      "(?i)^(?:joint |public |press )?(?:statement|press release|news release|report|briefing|submission|open letter)"
          + "\\s+(?:by|from|of)\\s+(?:the\\s+)?(\\p{Lu}[^,;:.\\n]{2,80})$");

  private static final Pattern RELEASE_LINE = Pattern.compile(
      "(?i)(for immediate release|press release|news release|media release|media advisory|embargoed[^\\n]{0,40})\\W*");

  private final PublisherTable publishers;
  private final KindClassifier kinds = new KindClassifier();

  MetadataExtractor() {
    this(PublisherTable.builtIn());
  }

  /** With a publisher table that may hold a user's entries ({@link PublisherTable#withFile}). */
  MetadataExtractor(PublisherTable publishers) {
    this.publishers = publishers;
  }

  /**
   * @param raw what the reader found (the DOM of a page, or a format's properties)
   * @param text the clean main text
   * @param cleanTitle the title the HTML cleaner settled on, if any
   */
  Metadata extract(RawContent raw, String text, @Nullable String cleanTitle) {
    List<String> paragraphs = List.of(PARAGRAPH_BREAK.split(text.strip()));
    @Nullable HtmlMetadata html = raw instanceof RawContent.Html page ? new HtmlMetadata(page.dom()) : null;
    Map<String, String> properties = raw instanceof RawContent.Text t ? t.properties() : Map.of();
    @Nullable String url = html != null ? html.url(raw.source()) : (raw.source().contains("://") ? raw.source() : null);
    @Nullable String publisher = publisher(html, properties, url, paragraphs);
    Headline headline = Headline.of(paragraphs.subList(coverLines(paragraphs, publisher), paragraphs.size()));
    @Nullable String title = html != null ? htmlTitle(html, cleanTitle, publisher) : textTitle(properties, headline);
    @Nullable String subtitle = html != null ? html.subtitle() : (title != null && title.equals(headline.title()) ? headline.subtitle() : null);
    boolean written = writtenByAuthor(raw);
    @Nullable LocalDate published = html != null ? html.published()
        : written && properties.containsKey("dcterms:created") ? Dates.parse(properties.get("dcterms:created")) : null;
    if (published == null) {
      published = PublicationDates.find(new PublicationDates.Evidence(paragraphs, url));
    }
    DocumentKind kind = kinds.classify(new KindClassifier.Evidence(
        title, paragraphs, url, html == null ? null : html.schemaType(), html == null ? null : html.ogType(), publisher));
    List<Author> authors = authors(html, paragraphs);
    if (authors.isEmpty() && written && properties.containsKey("dc:creator")) {
      authors = Signatures.bylineNames(properties.get("dc:creator").replace(";", ","));
    }
    return new Metadata(title, subtitle, publisher, authors, published, kind, Letters.addressees(paragraphs));
  }

  /**
   * Whether the format's properties are the author's own words: a Markdown post's front matter and an
   * e-mail's headers are, while a PDF's or a word processor's creation date and creator are the file's.
   */
  private static boolean writtenByAuthor(RawContent raw) {
    return raw instanceof RawContent.Text t && (t.mediaType().equals("text/markdown") || t.mediaType().equals("message/rfc822"));
  }

  /**
   * How many first paragraphs stand before the headline without being it: the publisher's name
   * ("FIDH", "Amnesty International"), a date alone, a "For immediate release" or "Press release" line.
   */
  private static int coverLines(List<String> paragraphs, @Nullable String publisher) {
    int skip = 0;
    while (skip < Math.min(MAX_COVER_LINES, paragraphs.size() - 1) && isCoverLine(paragraphs.get(skip), publisher)) {
      skip++;
    }
    return skip;
  }

  private static boolean isCoverLine(String paragraph, @Nullable String publisher) {
    String p = paragraph.strip();
    if (!Boilerplate.short_(p, MAX_COVER_WORDS)) {
      return false;
    }
    boolean names = publisher != null && (" " + normalise(publisher) + " ").contains(" " + normalise(p) + " ");
    Dates.Found date = Dates.find(p);
    boolean dateAlone = date != null && p.substring(0, date.start()).isBlank() && p.substring(date.end()).isBlank();
    return names || dateAlone || RELEASE_LINE.matcher(p).matches();
  }

  private static @Nullable String htmlTitle(HtmlMetadata html, @Nullable String cleanTitle, @Nullable String publisher) {
    String t = html.title();
    if (t == null) {
      t = cleanTitle;
    }
    return t == null ? null : withoutSiteName(t, publisher);
  }

  /** "Kenya: Police Abuses | Amnesty International" loses the site's name, where it is the publisher's. */
  static String withoutSiteName(String title, @Nullable String publisher) {
    for (String sep : List.of(" | ", " – ", " — ", " - ", " :: ")) {
      int at = title.lastIndexOf(sep);
      if (at > 0) {
        String tail = title.substring(at + sep.length()).strip();
        boolean isSite = publisher != null && normalise(publisher).contains(normalise(tail)) && !tail.isBlank();
        if (isSite || tail.split("\\s+").length <= 2 && sep.equals(" | ")) {
          return title.substring(0, at).strip();
        }
      }
    }
    return title;
  }

  private static @Nullable String textTitle(Map<String, String> properties, Headline headline) {
    String stated = properties.get("dc:title");
    if (stated != null && !stated.isBlank() && !FILE_LIKE_TITLE.matcher(stated.strip()).find()
        && stated.strip().split("\\s+").length >= 2) {
      return stated.strip();
    }
    return headline.title();
  }

  private @Nullable String publisher(
      @Nullable HtmlMetadata html, Map<String, String> properties, @Nullable String url, List<String> paragraphs) {
    if (html != null && html.siteName() != null) {
      return html.siteName();
    }
    String stated = properties.get("dc:publisher");
    if (stated != null && !stated.isBlank()) {
      return stated.strip();
    }
    Optional<String> byUrl = url == null ? Optional.empty() : publishers.forUrl(url);
    if (byUrl.isPresent()) {
      return byUrl.get();
    }
    String kicker = statedBy(paragraphs);
    if (kicker != null) {
      return kicker;
    }
    Signatures.Signed signed = Signatures.signatureBlock(paragraphs);
    if (signed.organisations().size() == 1) {
      // One organisation under the signatures publishes; a list of co-signers names no single publisher.
      return signed.organisations().get(0);
    }
    for (Author a : signed.authors()) {
      Optional<String> org = publishers.forSignatory(a.name());
      if (org.isPresent()) {
        return org.get();
      }
    }
    String contact = contactDomain(paragraphs);
    return contact != null ? contact : saidToday(paragraphs);
  }

  /** The organisation a kicker line in the lead names as the speaker, if it is one organisation. */
  private static @Nullable String statedBy(List<String> paragraphs) {
    for (String p : paragraphs.subList(0, Math.min(LETTERHEAD_PARAGRAPHS + 1, paragraphs.size()))) {
      Matcher m = STATED_BY.matcher(p.strip().split("\n", 2)[0]);
      if (m.matches() && Signatures.isOrganisation(m.group(1).strip()) && !m.group(1).contains(" and ")) {
        return m.group(1).strip();
      }
    }
    return null;
  }

  /** "…, the Center for Rural Rights said today.": a press release names its publisher in its lead. */
  private static @Nullable String saidToday(List<String> paragraphs) {
    for (String p : paragraphs.subList(0, Math.min(SAID_TODAY_PARAGRAPHS, paragraphs.size()))) {
      Matcher m = SAID_TODAY.matcher(p);
      if (m.find() && Signatures.isOrganisation(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The organisation of a letterhead's address at the top, or a press contact's in the last paragraphs. */
  private @Nullable String contactDomain(List<String> paragraphs) {
    int n = paragraphs.size();
    List<String> places = new ArrayList<>(paragraphs.subList(0, Math.min(LETTERHEAD_PARAGRAPHS, n)));
    places.removeIf(p -> !Boilerplate.short_(p, Headline.TITLE_MAX_WORDS));
    for (String p : paragraphs.subList(Math.max(0, n - CONTACT_PARAGRAPHS), n)) {
      if (p.toLowerCase(Locale.ROOT).matches("(?s).*\\b(contact|media|press|for more information|visit)\\b.*")) {
        places.add(p);
      }
    }
    for (String p : places) {
      Matcher m = CONTACT_DOMAIN.matcher(p);
      while (m.find()) {
        Optional<String> org = publishers.forUrl("https://" + m.group(1).toLowerCase(Locale.ROOT));
        if (org.isPresent()) {
          return org.get();
        }
      }
    }
    return null;
  }

  private static List<Author> authors(@Nullable HtmlMetadata html, List<String> paragraphs) {
    List<Author> signed = Signatures.signatureBlock(paragraphs).authors();
    if (!signed.isEmpty()) {
      return signed;
    }
    List<Author> stated = html == null ? List.of() : html.authors();
    return stated.isEmpty() ? Signatures.byline(paragraphs) : stated;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
