package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import helsinki.extract.ModelManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @TempDir Path dir;

  @Test
  void training_on_a_slice_writes_the_three_models_and_the_manifest() {
    Path shared = Path.of(System.getProperty("helsinki.shared", "../shared"));
    assumeTrue(Files.exists(shared.resolve("datasets/upr-info-recs")), "UPR Info recommendations absent under " + shared);
    Cli cli = Cli.run("train", "--shared", shared.toString(), "--out", dir.toString(), "--rows", "300",
        "--cache", dir.resolve("cache").toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("trained on 300 recommendations").contains("wrote");
    assertThat(dir.resolve(ModelManifest.THEMES)).isNotEmptyFile();
    assertThat(dir.resolve(ModelManifest.STRENGTH)).isNotEmptyFile();
    assertThat(dir.resolve(ModelManifest.ACCEPTANCE)).isNotEmptyFile();
    assertThat(dir.resolve(ModelManifest.FILE)).content().contains("\"sha256\"").contains("\"seed\"");
    assertThat(cli.err()).doesNotContain("INFO");
  }

  @Test
  void a_shared_folder_without_the_data_is_one_line_and_exit_1() {
    Cli cli = Cli.run("train", "--shared", dir.toString(), "--out", dir.resolve("models").toString());
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err().strip()).contains("upr_info_recommendations_s01-s20.csv").contains("not found").doesNotContain("\n");
    assertThat(dir.resolve("models")).doesNotExist();
  }

  @Test
  void a_negative_row_count_is_a_usage_error() {
    assertThat(Cli.run("train", "--rows", "-1").exit()).isEqualTo(2);
  }
}
