package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Annotated;
import helsinki.core.Dependency;
import helsinki.core.Sentence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DependencyParseTest {

  @Test
  void the_optional_parse_links_a_verb_to_its_subject_and_object() {
    CoreNlpAnnotator parsing = CoreNlpAnnotator.load(true);
    Annotated a = parsing.annotateText("d", "Police arrested the activist in Minsk.", LocalDate.of(2021, 5, 1));
    Sentence s = a.sentences().get(0);
    assertThat(s.dependencies()).contains(new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obj"));
    assertThat(s.dependencies()).noneMatch(d -> d.dependent() == 1); // the root verb has no head
  }
}
