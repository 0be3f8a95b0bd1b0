package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import helsinki.core.InputException;
import helsinki.extract.Classifiers;
import helsinki.extract.ModelManifest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.multilabel.MultiLabel;

class ClassifierTrainingTest {

  private static final Path SHARED = Path.of(System.getProperty("helsinki.shared", "../shared"));
  private static final int ROWS = 500;

  @TempDir Path dir;

  @Test
  void a_slice_of_500_rows_trains_usable_models_with_a_manifest_of_their_data() throws Exception {
    assumeTrue(Files.exists(SHARED.resolve(ClassifierTraining.DATA)), "UPR Info recommendations absent under " + SHARED);
    TrainingReport report = ClassifierTraining.train(SHARED, dir, TrainingSettings.defaults().limitedTo(ROWS), dir.resolve("cache"));

    ModelManifest m = report.manifest();
    assertThat(m.rows()).isEqualTo(ROWS);
    assertThat(m.sessions()).isNotEmpty().allMatch(s -> s <= ClassifierTraining.LAST_TRAINING_SESSION);
    assertThat(m.sha256()).isEqualTo(UprCsv.sha256(SHARED.resolve(ClassifierTraining.DATA)));
    assertThat(m.tribuo()).isEqualTo(org.tribuo.Tribuo.VERSION);
    assertThat(m.themeThreshold()).isBetween(0.0, 1.0);
    assertThat(m.documentThreshold()).isGreaterThanOrEqualTo(m.themeThreshold());
    assertThat(report.bytes()).containsKeys(ModelManifest.THEMES, ModelManifest.STRENGTH, ModelManifest.ACCEPTANCE, ModelManifest.FILE);

    Classifiers c = loaded(dir, m);
    assertThat(c.themeScores("Abolish the death penalty and ratify the Second Optional Protocol")).isNotEmpty();
    assertThat(c.themes("Abolish the death penalty and ratify the Second Optional Protocol")).isNotEmpty();
    assertThat(c.strength("Ratify the Convention against Torture").orElseThrow()).isBetween(1, 5);
    assertThat(c.acceptance("Ratify the Convention against Torture").orElseThrow()).isBetween(0.0, 1.0);
  }

  @Test
  void the_same_rows_and_seed_give_the_same_models() throws Exception {
    assumeTrue(Files.exists(SHARED.resolve(ClassifierTraining.DATA)), "UPR Info recommendations absent under " + SHARED);
    TrainingSettings settings = TrainingSettings.defaults().limitedTo(200);
    ModelManifest first = ClassifierTraining.train(SHARED, dir.resolve("a"), settings, dir.resolve("cache")).manifest();
    // The second run reads the embeddings the first one cached, and learns the same weights from them.
    assertThat(dir.resolve("cache")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("upr-embeddings-"));
    ModelManifest second = ClassifierTraining.train(SHARED, dir.resolve("b"), settings, dir.resolve("cache")).manifest();
    assertThat(second).isEqualTo(first);
    String text = "Take measures to protect journalists and human rights defenders from harassment";
    Classifiers a = loaded(dir.resolve("a"), first);
    Classifiers b = loaded(dir.resolve("b"), second);
    assertThat(a.embedding()).isTrue();
    assertThat(b.themeScores(text)).isEqualTo(a.themeScores(text));
    assertThat(b.strength(text)).isEqualTo(a.strength(text));
    assertThat(b.acceptance(text)).isEqualTo(a.acceptance(text));
  }

  @Test
  void a_shared_folder_without_the_data_is_refused_naming_the_file() {
    assertThatThrownBy(() -> ClassifierTraining.train(dir, dir.resolve("out"), TrainingSettings.defaults()))
        .isInstanceOf(InputException.class).hasMessageContaining("upr_info_recommendations").hasMessageContaining("not found");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  static Classifiers loaded(Path folder, ModelManifest m) throws Exception {
    return Classifiers.of(model(folder.resolve(ModelManifest.THEMES), MultiLabel.class),
        model(folder.resolve(ModelManifest.STRENGTH), Label.class), model(folder.resolve(ModelManifest.ACCEPTANCE), Label.class),
        m.themeThreshold(), m.documentThreshold());
  }

  private static <T extends Output<T>> Model<T> model(Path file, Class<T> output) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Model.deserializeFromStream(in).castModel(output);
    }
  }
}
