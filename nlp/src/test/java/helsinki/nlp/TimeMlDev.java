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

/**
 * The dev table of time expressions ({@code timeml-dev.tsv}, sentences written for Helsinki with the
 * values TimeML prescribes): each row annotated alone, anchored on its creation date, and compared.
 */
final class TimeMlDev {

  /** One row: its sentence, the expression's place in it and what TimeML says it is. */
  record Row(LocalDate created, String text, int start, int end, String type, String value) {}

  /** What the annotator gave for a row: the overlapping expression's type and value, or nulls. */
  record Outcome(Row row, String foundType, String foundValue) {
    boolean right() {
      return Objects.equals(row.value, foundValue) && Objects.equals(row.type, foundType);
    }

    @Override
    public String toString() {
      return (right() ? "ok   " : "MISS ") + row.created + " " + row.text.substring(row.start, row.end)
          + " | want " + row.type + " " + row.value + " | got " + foundType + " " + foundValue + " | " + row.text;
    }
  }

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
      outcomes.add(new Outcome(row, hit == null ? null : hit.type().name(), hit == null ? null : hit.timex()));
    }
    return outcomes;
  }

  public static void main(String[] args) throws IOException {
    List<Outcome> outcomes = run(CoreNlpAnnotator.load(false));
    outcomes.forEach(System.out::println);
    System.out.println(outcomes.stream().filter(Outcome::right).count() + " / " + outcomes.size() + " right");
  }
}
