package helsinki.app;

import helsinki.core.InputException;
import helsinki.library.EntityScores;
import helsinki.library.EventScores;
import helsinki.library.LabelScores;
import helsinki.library.Evaluation;
import helsinki.library.Evaluation.Part;
import helsinki.library.UprScores;
import helsinki.library.RecommendationScores;
import helsinki.nlp.eval.CountryAccuracy;
import helsinki.nlp.eval.TimexScores;
import helsinki.nlp.eval.VictimNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki eval}: Helsinki's figures on the public data sets, printed and, on request, written. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure Helsinki on the public data sets in the shared folder (report splits only) and on the",
      "worked examples' gold files; print a Markdown table, and with --write keep it in a file."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every part was measured", "1:a data set or the file to write could not be read", "2:the command line was wrong"})
final class EvalCommand implements Callable<Integer> {

  /** The block of the written file that eval owns; everything else in the file is left as it is. */
  static final String BEGIN = "<!-- helsinki eval: begin (written by `helsinki eval --write`; do not edit) -->";
  static final String END = "<!-- helsinki eval: end -->";

  @Spec CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The folder holding datasets/ and examples/ (default: $HELSINKI_SHARED, else ../shared).")
  @Nullable Path shared;

  @Option(names = "--part", paramLabel = "PART", split = ",",
      description = "What to measure: tempeval, countries, entities, victims, upr, unrecs, events, hrdsattack-types, case2021 (default: all).")
  Set<Part> parts = EnumSet.allOf(Part.class);

  @Option(names = "--write", paramLabel = "FILE",
      description = "Also keep the table in FILE (e.g. EVALUATION.md), replacing the block an earlier run wrote.")
  @Nullable Path write;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Evaluation evaluation = Evaluation.load(sharedFolder());
      List<String> rows = new ArrayList<>();
      for (Part part : EnumSet.copyOf(parts)) {
        rows.addAll(rows(part, evaluation));
      }
      String table = table(rows);
      out.print(table);
      out.flush();
      if (write != null) {
        writeBlock(write, table);
      }
      return 0;
    } catch (InputException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Main.SOME_INPUTS_FAILED;
    }
  }

  private Path sharedFolder() {
    if (shared != null) {
      return shared;
    }
    String env = System.getenv("HELSINKI_SHARED");
    return Path.of(env != null && !env.isBlank() ? env : "../shared");
  }

  private static List<String> rows(Part part, Evaluation evaluation) throws InputException {
    return switch (part) {
      case TEMPEVAL -> {
        TimexScores t = evaluation.tempEval();
        yield List.of(
            row("TempEval-3 platinum time expressions", "strict span F1", t.strictF1(), ""),
            row("TempEval-3 platinum time expressions", "relaxed span F1", t.relaxedF1(), ""),
            row("TempEval-3 platinum time expressions", "value F1", t.valueF1(), "goal ≥ 0.80"));
      }
      case COUNTRIES -> {
        CountryAccuracy c = evaluation.countries();
        yield List.of(row("HRDsAttack test, first-ranked country", "accuracy", c.value(),
            String.format(Locale.ROOT, "%d/%d; %d without one country left out; goal ≥ 0.80", c.right(), c.scored(),
                c.unlabelled())));
      }
      case ENTITIES -> {
        EntityScores s = evaluation.goldEntities();
        String goal = "goal ≥ 0.95 recall, ≥ 0.9 country and role";
        yield List.of(
            row("examples' gold entities", "recall", s.recall(), s.found() + "/" + s.gold() + "; " + goal),
            row("examples' gold entities", "country", s.countryAccuracy(), s.country() + "/" + s.countryGold()),
            row("examples' gold entities", "role", s.roleAccuracy(), s.role() + "/" + s.roleGold()),
            row("examples' gold entities", "type", s.typeAccuracy(), s.type() + "/" + s.found()));
      }
      case UPR -> {
        UprScores u = evaluation.upr();
        String what = "UPR Info sessions 17-20";
        String n = String.format(Locale.ROOT, "%d recommendations", u.rows());
        yield List.of(
            row(what + ", themes", "micro-F1", u.microF1(), n + "; goal ≥ 0.80 (HURIDOCS: 0.778)"),
            row(what + ", themes", "macro-F1", u.macroF1(), "54 labels"),
            row(what + ", action category", "accuracy", u.strengthAccuracy(), "goal ≥ 0.92 (HURIDOCS: 0.916)"),
            row(what + ", response", "AUC", u.acceptanceAuc(), "P(Accepted) against Accepted/Noted"),
            row(what + ", all three classifiers", "recommendations/s", u.perSecond(), "one thread"));
      }
      case UNRECS -> {
        RecommendationScores r = evaluation.unRecommendations();
        String what = "2014 UPR reports, recommendations found";
        yield List.of(
            row(what + " (report half)", "recall", r.report().recall(), counts(r.report()) + "; goal ≥ 0.95"),
            row(what + " (report half)", "precision", r.report().precision(), "goal ≥ 0.95"),
            row(what + " (dev half)", "recall", r.dev().recall(), counts(r.dev())),
            row(what + " (dev half)", "precision", r.dev().precision(), "tuned on this half"));
      }
      case EVENTS -> {
        EventScores e = evaluation.goldEvents();
        String what = "examples' gold events";
        yield List.of(
            row(what, "F1", e.f1(), String.format(Locale.ROOT, "P %.3f R %.3f; %d/%d matched, %d extra (%d of them another type the gold accepts"
                + " for a matched passage, not counted); goal ≥ 0.8", e.precision(), e.recall(), e.matched(), e.gold(), e.extra(), e.covered())),
            row(what, "strict F1", e.strictF1(), String.format(Locale.ROOT, "every extra counted wrong: P %.3f", e.strictPrecision())),
            row(what, "country", (double) e.country() / Math.max(1, e.countryGold()), e.country() + "/" + e.countryGold()),
            row(what, "time", (double) e.time() / Math.max(1, e.timeGold()), e.time() + "/" + e.timeGold()),
            row(what, "count", (double) e.count() / Math.max(1, e.countGold()), e.count() + "/" + e.countGold()));
      }
      case HRDSATTACK_TYPES -> {
        LabelScores l = evaluation.hrdsAttackTypes();
        yield List.of(row("HRDsAttack test, violation types", "micro F1", l.f1(), String.format(Locale.ROOT,
            "P %.3f R %.3f over %d articles; fine-tuned T5 0.714; goal ≥ 0.75", l.precision(), l.recall(), l.items())));
      }
      case CASE2021 -> {
        LabelScores l = evaluation.case2021();
        yield List.of(row("CASE 2021 task 2, covered labels", "weighted F1", l.f1(), String.format(Locale.ROOT,
            "P %.3f R %.3f over %d covered snippets of 1,019; best system (all 25 labels, trained on ACLED) 0.839; goal ≥ 0.75",
            l.precision(), l.recall(), l.items())));
      }
      case VICTIMS -> {
        VictimNames.Scores v = evaluation.victims();
        yield List.of(
            row("HRDsAttack test victim names", "recall among our person/group names", v.recall(),
                v.found() + "/" + v.gold() + "; exact after normalising case, accents, punctuation"),
            row("HRDsAttack test victim names", "designated victims F1", v.f1(), String.format(Locale.ROOT,
                "P %.3f (%d/%d), R %.3f; T5's exact-match F1 0.36–0.47", v.precision(), v.designatedRight(),
                v.designated(), v.designatedRecall())));
      }
    };
  }

  private static String counts(RecommendationScores.Half h) {
    return String.format(Locale.ROOT, "%d reports: %d listed, %d found, %d matched (Dice ≥ 0.8, one-to-one)",
        h.reports(), h.listed(), h.found(), h.matched());
  }

  private static String row(String what, String measure, double value, String note) {
    return String.format(Locale.ROOT, "| %s | %s | %.3f | %s |", what, measure, value, note);
  }

  static String table(List<String> rows) {
    StringBuilder b = new StringBuilder();
    b.append("Measured ").append(LocalDate.now(ZoneOffset.UTC)).append(" by `helsinki eval`.\n\n");
    b.append("| data | measure | value | notes |\n| --- | --- | --- | --- |\n");
    rows.forEach(r -> b.append(r).append('\n'));
    return b.toString();
  }

  /** Puts {@code table} between the markers in {@code file}, or at its end when it has none yet. */
  static void writeBlock(Path file, String table) throws InputException {
    try {
      String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      String block = BEGIN + "\n" + table + END + "\n";
      int begin = old.indexOf(BEGIN);
      int end = old.indexOf(END);
      String updated = begin >= 0 && end > begin
          ? old.substring(0, begin) + block + old.substring(end + END.length()).replaceFirst("^\n", "")
          : old + (old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n") + block;
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, updated, StandardCharsets.UTF_8);
      // Replace in one step, so that an interrupted write never leaves half a file.
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be written: " + e.getMessage(), e);
    }
  }
}
