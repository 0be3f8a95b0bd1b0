package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import helsinki.core.Annotated;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Fingerprint;
import helsinki.core.Mention;
import helsinki.core.NerClass;
import helsinki.core.Qualifier;
import helsinki.core.Quantity;
import helsinki.core.TimeExpression;
import helsinki.nlp.eval.TempEval;
import helsinki.nlp.eval.TimexScores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real CoreNLP pipeline, loaded once for the class (a few seconds). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpAnnotatorTest {

  private static final LocalDate LETTER_DATE = LocalDate.of(2017, 4, 7);

  private CoreNlpAnnotator annotator;
  private ExecutorService pool;

  @BeforeAll
  void load() {
    annotator = CoreNlpAnnotator.load(false);
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void news_sentences_written_for_the_purpose_get_the_values_timeml_prescribes() throws IOException {
    List<TimeMlDev.Outcome> outcomes = TimeMlDev.run(annotator);
    long right = outcomes.stream().filter(TimeMlDev.Outcome::right).count();
    outcomes.stream().filter(o -> !o.right()).forEach(System.out::println);
    // Floor at the measured 509 of 510; the miss is listed above ("spread" tagged as a present verb).
    assertThat(right).isGreaterThanOrEqualTo(509);
    // TimeML's extents (signal words such as "since" left out, as TempEval scores them): 509 of 510.
    assertThat(outcomes.stream().filter(TimeMlDev.Outcome::sameExtent).count()).isGreaterThanOrEqualTo(509);
  }

  @Test
  void news_documents_written_for_the_purpose_score_as_timeml_prescribes() throws Exception {
    Path folder = Path.of(java.util.Objects.requireNonNull(getClass().getResource("timeml-dev-docs")).toURI());
    TimexScores scores = TempEval.runGold(folder, annotator);
    TempEval.compareGold(folder, annotator).stream().filter(line -> !line.startsWith("ok")).forEach(System.out::println);
    System.out.print(scores.report());
    // Thirty-four documents, 428 TIMEX3s; measured 0.987 (misses listed above).
    assertThat(scores.valueF1()).isGreaterThanOrEqualTo(0.987);
    assertThat(scores.strictF1()).isGreaterThanOrEqualTo(0.988);
  }

  @Test
  void hrf_letter_gives_its_people_places_dates_and_counts() throws IOException {
    Path letter = shared().resolve("examples/hrf-letter-tillerson-2017-04-07.txt");
    assumeThat(Files.isRegularFile(letter)).as("the shared examples folder holds the HRF letter").isTrue();
    Annotated a = annotator.annotate(document(Files.readString(letter, StandardCharsets.UTF_8), null), LETTER_DATE);

    assertThat(a.anchor()).isEqualTo(LETTER_DATE);
    assertThat(a.sentences()).hasSizeGreaterThan(20);
    assertThat(a.mentions()).extracting(Mention::text, Mention::nerClass)
        .contains(tuple("Tillerson", NerClass.PERSON),
            tuple("Crimea", NerClass.LOCATION));
    assertThat(time(a, "late March")).satisfies(t -> {
      assertThat(t.start()).isEqualTo("2017-03-21");
      assertThat(t.end()).isEqualTo("2017-03-31");
    });
    assertThat(time(a, "since 2011")).satisfies(t -> {
      assertThat(t.start()).isEqualTo("2011-01-01");
      assertThat(t.end()).isEqualTo(LETTER_DATE);
    });
    assertThat(time(a, "two years")).satisfies(t -> {
      assertThat(t.timex()).isEqualTo("P2Y");
      assertThat(t.start()).isEqualTo("2015-04-07");
      assertThat(t.end()).isEqualTo(LETTER_DATE);
    });
    assertThat(time(a, "April 5").start()).isEqualTo("2017-04-05");
    assertThat(a.quantities()).extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
        .contains(tuple(1000L, Qualifier.OVER, "arrests"),
            tuple(82L, Qualifier.EXACT, "cities"),
            tuple(3L, Qualifier.AT_LEAST, "deaths"));
    assertThat(a.quantities()).allSatisfy(q ->
        assertThat(a.times()).noneMatch(t -> t.span().start() < q.span().end() && q.span().start() < t.span().end()));
  }

  @Test
  void spans_index_the_document_text() {
    String text = "On April 5, Human Rights First wrote to Rex Tillerson in Washington about 82 cities.";
    Annotated a = annotator.annotate(document(text, null), LETTER_DATE);
    assertThat(a.mentions()).allSatisfy(m -> assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text()));
    assertThat(a.times()).allSatisfy(t -> assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text()));
    assertThat(a.sentences().get(0).tokens()).allSatisfy(
        t -> assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text()));
  }

  @Test
  void published_date_wins_over_the_command_line_date() {
    String text = "The court ruled last week, and the appeal is due in early May.";
    Annotated a = annotator.annotate(document(text, LocalDate.of(2020, 1, 15)), LETTER_DATE);
    assertThat(a.anchor()).isEqualTo(LocalDate.of(2020, 1, 15));
    assertThat(time(a, "last week").start()).isEqualTo("2020-01-06");
    assertThat(time(a, "early May")).satisfies(t -> {
      assertThat(t.start()).isEqualTo("2020-05-01");
      assertThat(t.end()).isEqualTo("2020-05-10");
    });
  }

  @Test
  void without_any_date_only_absolute_times_get_days() {
    Annotated a = annotator.annotate(document("He was arrested last week and tried on 3 March 2016.", null), null);
    assertThat(a.anchor()).isNull();
    assertThat(time(a, "3 March 2016").start()).isEqualTo("2016-03-03");
    assertThat(a.times()).filteredOn(t -> !t.text().equals("3 March 2016"))
        .allSatisfy(t -> assertThat(t.start()).isNull());
  }

  @Test
  void a_weekday_does_not_depend_on_the_texts_annotated_before() {
    // SUTime keeps the tense it last saw on its shared weekday objects (CoreNLP issue 1061).
    String text = "The minister arrived on Monday and leaves on Saturday.";
    annotator.annotateText("primer", "The summit ended Saturday.", LocalDate.of(2013, 9, 18));
    Annotated after = annotator.annotateText("after", text, LocalDate.of(2009, 11, 19));
    assertThat(time(after, "Saturday").timex()).isEqualTo("2009-11-21");
  }

  @Test
  void parallel_annotation_gives_the_same_results_as_sequential() throws Exception {
    List<String> texts = List.of(
        "Police detained over 300 protesters in Minsk on Sunday, the Viasna centre said.",
        "Amnesty International said on March 3 that at least 12 journalists remain in prison in Turkey.",
        "The UN Special Rapporteur visited Bogota in late 2019 and met about 40 human rights defenders.",
        "Since 2015, the government has closed hundreds of NGOs, according to Human Rights Watch.");
    List<Annotated> sequential = texts.stream().map(t -> annotator.annotate(document(t, null), LETTER_DATE)).toList();
    List<Future<Annotated>> futures = IntStream.range(0, 16)
        .mapToObj(i -> pool.submit(() -> annotator.annotate(document(texts.get(i % 4), null), LETTER_DATE)))
        .toList();
    for (int i = 0; i < futures.size(); i++) {
      assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % 4));
    }
  }

  private static TimeExpression time(Annotated a, String text) {
    return a.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time expression \"" + text + "\" in " + a.times()));
  }

  private static Document document(String text, LocalDate published) {
    Fingerprint fingerprint = new Fingerprint(Integer.toHexString(text.hashCode()) + "0000000000", new int[0]);
    return new Document(Document.idFor(fingerprint), "test", "text/plain", null, null, null, List.of(),
        published, "en", DocumentKind.OTHER, List.of(), text, List.of(), fingerprint);
  }

  private static Path shared() {
    return Path.of(System.getProperty("helsinki.shared", "../shared"));
  }
}
