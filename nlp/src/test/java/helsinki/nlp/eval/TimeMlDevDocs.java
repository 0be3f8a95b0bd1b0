package helsinki.nlp.eval;

import helsinki.core.InputException;
import helsinki.nlp.CoreNlpAnnotator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Prints each TIMEX3 of the dev documents ({@code timeml-dev-docs}) beside ours, and the scores. */
final class TimeMlDevDocs {

  private TimeMlDevDocs() {}

  static Path folder() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(TimeMlDevDocs.class.getResource("/helsinki/nlp/timeml-dev-docs")).toURI());
  }

  public static void main(String[] args) throws InputException, URISyntaxException {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.load(false);
    TempEval.compareGold(folder(), annotator).forEach(System.out::println);
    System.out.print(TempEval.runGold(folder(), annotator).report());
  }
}
