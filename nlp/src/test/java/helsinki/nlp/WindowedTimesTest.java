package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SUTime and the number rules on the windows of a sentence label every word as they do on the whole
 * sentence: the NER stage gated and windowed beside the same stage with SUTime on every whole sentence,
 * on one tagging pipeline (CoreNLP's models load once for the class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowedTimesTest {

  private StanfordCoreNLP tagger;
  private NerStage whole;
  private NerStage windowed;

  @BeforeAll
  void load() {
    tagger = new StanfordCoreNLP(PipelineConfig.ours(false));
    whole = NerStage.load(false);
    windowed = NerStage.load(true);
  }

  /** Long sentences written for the purpose, with times, numbers, money and ordinals far apart. */
  private static final List<String> SENTENCES = List.of(
      "On 3 March 2019 the regional court in the capital, after hearing the lawyers of the three detained journalists "
          + "and the representatives of the prosecutor's office for most of the afternoon, postponed the verdict until "
          + "the first week of April, citing the illness of one of the judges.",
      "The organisation, which has documented abuses in the province since its founding by a group of lawyers and "
          + "teachers who had themselves been imprisoned, said that at least 1,200 people had been detained and that "
          + "authorities had paid $4.5 million to a private contractor to build a second camp near the border.",
      "Over 2 Million Transport Workers In Critical Condition, the union of drivers and porters in the northern "
          + "states told reporters gathered outside its headquarters late on Tuesday evening, adding that 40 percent "
          + "had lost their wages.",
      "Human rights defenders who spoke to the mission on condition of anonymity described being followed, "
          + "photographed and threatened by men in plain clothes, and one of them said the harassment had continued "
          + "for years before she fled the country with her two children in the autumn of 2015.",
      "The editor, who last year complained to the press council about the threats she had received from callers "
          + "who said they worked for the station's owner Li Jun.");

  @Test
  void windows_give_every_word_the_label_and_value_the_whole_sentence_gives() throws IOException {
    List<String> texts = Stream.concat(SENTENCES.stream(), TimeMlDev.rows().stream().map(TimeMlDev.Row::text)).toList();
    for (String text : texts) {
      assertThat(labels(windowed, text)).as(text).isEqualTo(labels(whole, text));
    }
  }

  @Test
  void a_long_sentence_gives_sutime_only_the_words_around_its_times_and_numbers() {
    Annotation a = tagged(SENTENCES.get(1));
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    List<TimeWindows.Window> windows = TimeWindows.of(tokens.stream().map(CoreLabel::word).toList(),
        tokens.stream().map(CoreLabel::tag).toList());
    assertThat(windows).isNotEmpty();
    assertThat(windows.stream().mapToInt(w -> w.end() - w.start()).sum()).isLessThan(tokens.size());
  }

  private Annotation tagged(String text) {
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.DocDateAnnotation.class, "2019-09-17");
    tagger.annotate(a);
    return a;
  }

  private List<String> labels(NerStage stage, String text) {
    Annotation a = tagged(text);
    stage.annotate(a);
    List<String> labels = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      labels.add(t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
          + "/" + (timex == null ? null : timex.value()));
    }
    return labels;
  }
}
