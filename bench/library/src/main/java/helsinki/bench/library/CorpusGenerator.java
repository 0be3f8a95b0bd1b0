package helsinki.bench.library;

import static helsinki.bench.library.Vocabulary.pick;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic corpus of NGO-like documents: document {@code i} of seed {@code s} is always the same
 * text, whatever else is generated. Letters and statements as plain text, news and reports as HTML
 * pages with navigation and footer chrome, 250 to 700 words each.
 */
final class CorpusGenerator {

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final String[] KINDS = {"letter", "statement", "report", "news", "commentary"};

  private final long seed;

  CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** A generated document: its file name and content. */
  record GeneratedFile(String name, String content) {}

  GeneratedFile document(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    String kind = KINDS[r.nextInt(KINDS.length)];
    String org = Vocabulary.organisation(r);
    int c = r.nextInt(Vocabulary.COUNTRIES.size());
    String country = Vocabulary.COUNTRIES.get(c);
    String city = Vocabulary.CITIES.get(c);
    LocalDate date = LocalDate.of(2012, 1, 1).plusDays(r.nextInt(13 * 365));
    String victims = pick(Vocabulary.VICTIMS, r);
    String title = capital(country) + ": " + capital(pick(Vocabulary.ACTS, r)) + " " + victims + " must be heard";
    StringBuilder body = new StringBuilder();
    int paragraphs = 3 + r.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      body.append(paragraph(r, country, city)).append("\n\n");
    }
    body.append("We call on ").append(pick(Vocabulary.TARGETS, r)).append(" to ").append(pick(Vocabulary.ASKS, r))
        .append(", and to ").append(pick(Vocabulary.ASKS, r)).append(". Reference ").append(reference(i)).append(".");
    String name = String.format(Locale.ROOT, "%06d-%s.%s", i, kind, kind.equals("news") || kind.equals("report") ? "html" : "txt");
    String content = name.endsWith(".html") ? html(title, org, date, body.toString()) : text(kind, title, org, date, body.toString());
    return new GeneratedFile(name, content);
  }

  /** Writes documents {@code 0..n-1} into {@code dir}, in subfolders of 1,000. */
  void write(Path dir, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      GeneratedFile f = document(i);
      Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
    }
  }

  /** A word unique to document {@code i}, so that a search can find exactly it. */
  static String reference(int i) {
    return "ref" + Integer.toString(i * 7919 + 104729, 36);
  }

  private static String paragraph(Random r, String country, String city) {
    StringBuilder p = new StringBuilder();
    p.append("On ").append(1 + r.nextInt(28)).append(' ')
        .append(LocalDate.of(2000, 1 + r.nextInt(12), 1).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
        .append(", ").append(pick(Vocabulary.PERPETRATORS, r)).append(' ').append(pick(Vocabulary.ACTS, r)).append(' ')
        .append(2 + r.nextInt(200)).append(' ').append(pick(Vocabulary.VICTIMS, r)).append(" in ").append(city)
        .append(" after ").append(pick(Vocabulary.OCCASIONS, r)).append(". ");
    int sentences = 2 + r.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      p.append(pick(Vocabulary.CONTEXT, r)).append(' ');
    }
    p.append("The situation in ").append(country).append(" has worsened for ").append(pick(Vocabulary.VICTIMS, r))
        .append(", who now face ").append(r.nextBoolean() ? "arbitrary detention" : "harassment and surveillance")
        .append('.');
    return p.toString();
  }

  private static String text(String kind, String title, String org, LocalDate date, String body) {
    String opening = kind.equals("letter") ? "Dear " + "Minister,\n\n" : "";
    String closing = kind.equals("letter") ? "\n\nSincerely,\n\nDirector, " + org + "\n" : "\n";
    return title + "\n\n" + org + "\n" + LONG_DATE.format(date) + "\n\n" + opening + body + closing;
  }

  private static String html(String title, String org, LocalDate date, String body) {
    StringBuilder paragraphs = new StringBuilder();
    for (String p : body.split("\n\n")) {
      paragraphs.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | " + org + "</title>\n"
        + "<meta property=\"og:site_name\" content=\"" + org + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + date + "\"></head>\n<body>\n"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/countries\">Countries</a> <a href=\"/donate\">Donate</a></nav></header>\n"
        + "<main><article><h1>" + title + "</h1>\n<p class=\"date\">" + LONG_DATE.format(date) + "</p>\n" + paragraphs
        + "</article></main>\n<footer>Subscribe to our newsletter. © " + org + ". Privacy.</footer>\n</body></html>\n";
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
