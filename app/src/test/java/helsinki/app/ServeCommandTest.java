package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void serve_shows_a_library_on_the_loopback_address_until_stopped() throws Exception {
    Path note = dir.resolve("note.txt");
    Files.writeString(note, "Observers in Tamsin counted forty polling stations closed early.\n", StandardCharsets.UTF_8);
    assertThat(Cli.run("ingest", "--data", dir.resolve("data").toString(), note.toString()).exit()).isZero();

    Served served = Served.start("serve", "--port", "0", "--data", dir.resolve("data").toString());
    String base = served.output().replaceAll("(?s).*at (http://[^ ]+)/ .*", "$1");
    assertThat(base).startsWith("http://127.0.0.1:");
    assertThat(served.get("/search?q=polling").body()).contains("<mark>polling</mark>");
    assertThat(served.stop()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> served.get("/search"))
        .as("the port is closed once stopped").isInstanceOf(ConnectException.class);
  }

  @Test
  void serve_refuses_a_folder_without_a_library_in_one_line() throws IOException {
    Cli r = Cli.run("serve", "--port", "0", "--data", dir.resolve("nothing").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip()).startsWith("helsinki serve: there is no library in").doesNotContain("\n");
  }
}
