package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import helsinki.extract.Classifiers;
import helsinki.extract.ModelManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShippedModelsTest {

  private static final Path SHARED = Path.of(System.getProperty("helsinki.shared", "../shared"));

  @Test
  void the_shipped_manifest_holds_the_checksum_of_the_staged_training_data() throws Exception {
    Path csv = SHARED.resolve(ClassifierTraining.DATA);
    assumeTrue(Files.exists(csv), "UPR Info recommendations absent under " + SHARED);
    assertThat(Classifiers.shippedManifest().sha256()).isEqualTo(UprCsv.sha256(csv));
  }

  @Test
  void with_the_sentence_embedder_a_general_adoption_is_category_4_and_a_named_law_category_5() {
    Classifiers c = Classifiers.load(OnnxEmbedder.load());
    assertThat(c.embedding()).isTrue();
    assertThat(c.strength("Adopt measures to combat violence against women")).hasValue(4);
    assertThat(c.strength("Adopt the draft Law on the Prevention of Domestic Violence")).hasValue(5);
  }

  @Test
  void the_shipped_models_learnt_from_sessions_1_to_16_only() {
    ModelManifest m = Classifiers.shippedManifest();
    assertThat(m.sessions()).containsExactlyElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
    assertThat(m.heldOutSessions()).containsExactly(15, 16);
    assertThat(m.data()).isEqualTo(ClassifierTraining.DATA);
    assertThat(m.tribuo()).isEqualTo(org.tribuo.Tribuo.VERSION);
  }
}
