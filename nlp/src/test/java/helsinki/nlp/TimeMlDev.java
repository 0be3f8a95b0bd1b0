package helsinki.nlp;

import helsinki.core.Annotated;
import helsinki.core.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev table of time expressions ({@code timeml-dev.tsv}, sentences written for Helsinki with the
 * values TimeML prescribes): each row annotated alone, anchored on its creation date, and compared.
 */
final class TimeMlDev {

  /** One row: its sentence, the expression's place in it and what TimeML says it is. */
  record Row(LocalDate created, String text, int start, int end, String type, String value) {}

  /** What the annotator gave for a row: the overlapping expression's type and value, or nulls. */
  record Outcome(Row row, String foundType, String foundValue, boolean sameExtent) {
    boolean right() {
      return Objects.equals(row.value, foundValue) && Objects.equals(row.type, foundType);
    }

    @Override
    public String toString() {
      return (right() ? "ok   " : "MISS ") + (sameExtent ? "" : "(extent) ") + row.created + " " + row.text.substring(row.start, row.end)
          + " | want " + row.type + " " + row.value + " | got " + foundType + " " + foundValue + " | " + row.text;
    }
  }

  private static final Pattern SIGNAL = Pattern.compile("(?i)^(since|until|till|through)\\s+");

  private TimeMlDev() {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = TimeMlDev.class.getResourceAsStream("timeml-dev.tsv")) {
      for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        int open = f[1].indexOf('[');
        int close = f[1].indexOf(']');
        String text = f[1].substring(0, open) + f[1].substring(open + 1, close) + f[1].substring(close + 1);
        rows.add(new Row(LocalDate.parse(f[0]), text, open, close - 1, f[2], f[3]));
      }
    }
    return rows;
  }

  static List<Outcome> run(CoreNlpAnnotator annotator) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (Row row : rows()) {
      Annotated a = annotator.annotateText("dev", row.text, row.created);
      TimeExpression hit = a.times().stream()
          .filter(t -> t.span().start() < row.end && row.start < t.span().end())
          .findFirst().orElse(null);
      outcomes.add(new Outcome(row, hit == null ? null : hit.type().name(), hit == null ? null : hit.timex(),
          hit != null && extentStart(hit, row.text) == row.start && hit.span().end() == row.end));
    }
    return outcomes;
  }

  /** Where TimeML's extent of {@code t} starts: signal words ("since", "until") stay outside. */
  private static int extentStart(TimeExpression t, String text) {
    Matcher signal = SIGNAL.matcher(text.substring(t.span().start(), t.span().end()));
    return t.span().start() + (signal.find() ? signal.end() : 0);
  }

  public static void main(String[] args) throws IOException {
    List<Outcome> outcomes = run(CoreNlpAnnotator.load(false));
    outcomes.forEach(System.out::println);
    System.out.println(outcomes.stream().filter(Outcome::right).count() + " / " + outcomes.size() + " right, "
        + outcomes.stream().filter(Outcome::sameExtent).count() + " with TimeML's extent");
  }
}
