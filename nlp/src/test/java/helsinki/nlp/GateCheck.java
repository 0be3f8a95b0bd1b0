package helsinki.nlp;

import helsinki.core.Annotated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Checks that running SUTime only where {@link TimeGate} allows changes nothing: annotates texts with
 * CoreNLP's own one-pipeline {@code ner} and with our gated stage and prints every difference in
 * mentions, times and quantities: {@code GateCheck HRDSATTACK_JSON N [TEXT_FILES...]}.
 */
public final class GateCheck {

  private GateCheck() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>(AnnotationSpeed.texts(Path.of(args[0]), Integer.parseInt(args[1])));
    for (int i = 2; i < args.length; i++) {
      try (Stream<Path> files = Files.isDirectory(Path.of(args[i])) ? Files.list(Path.of(args[i])) : Stream.of(Path.of(args[i]))) {
        for (Path f : files.sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    CoreNlpAnnotator one = CoreNlpAnnotator.load(PipelineConfig.oursInOnePipeline());
    CoreNlpAnnotator gated = CoreNlpAnnotator.load(false, true);
    LocalDate anchor = LocalDate.of(2019, 9, 17);
    int differing = 0;
    for (String text : texts) {
      Annotated a = one.annotateText("d", text, anchor);
      Annotated b = gated.annotateText("d", text, anchor);
      if (!Objects.equals(a.mentions(), b.mentions()) || !Objects.equals(a.times(), b.times())
          || !Objects.equals(a.quantities(), b.quantities()) || !Objects.equals(a.sentences(), b.sentences())) {
        differing++;
        System.out.println("DIFF mentions " + diff(a.mentions(), b.mentions()) + "\n  times " + diff(a.times(), b.times())
            + "\n  quantities " + diff(a.quantities(), b.quantities()) + "\n  sentences equal " + a.sentences().equals(b.sentences()));
      }
    }
    System.out.println(texts.size() + " texts, " + differing + " differ");
  }

  private static <T> String diff(List<T> a, List<T> b) {
    List<T> onlyA = a.stream().filter(x -> !b.contains(x)).toList();
    List<T> onlyB = b.stream().filter(x -> !a.contains(x)).toList();
    return onlyA.isEmpty() && onlyB.isEmpty() ? "same" : "one-pipeline only " + onlyA + " / gated only " + onlyB;
  }
}
