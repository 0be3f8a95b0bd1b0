package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTest {

  private static final Ingester ingester = new Ingester(Fixtures.settings());

  @TempDir Path dir;

  @Test
  void a_folder_lists_its_files_in_a_stable_order_without_hidden_ones() throws Exception {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    for (String name : List.of("b/inner/z.txt", "b/a.txt", "c.txt", "a.txt", ".hidden.txt", ".git/config")) {
      Files.writeString(dir.resolve(name), "text", StandardCharsets.UTF_8);
    }

    List<Path> files = Ingester.expand(dir);

    assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b/a.txt"), dir.resolve("b/inner/z.txt"), dir.resolve("c.txt"));
  }

  @Test
  void a_link_back_to_a_parent_folder_does_not_loop() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("note.txt"), "text", StandardCharsets.UTF_8);
    Files.createSymbolicLink(sub.resolve("up"), dir);
    Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self")); // a link to itself

    List<Path> files = Ingester.expand(dir);

    assertThat(files).contains(sub.resolve("note.txt")).hasSizeLessThan(4);
    assertThatThrownBy(() -> ingester.read(dir.resolve("self"))).message().startsWith(dir.resolve("self") + ": ");
  }

  @Test
  void a_file_is_its_own_list_and_a_missing_path_is_an_error() throws Exception {
    Path file = Files.writeString(dir.resolve("one.txt"), "text", StandardCharsets.UTF_8);

    assertThat(Ingester.expand(file)).containsExactly(file);
    assertThatThrownBy(() -> Ingester.expand(dir.resolve("nope"))).hasMessage(dir.resolve("nope") + ": no such file or folder");
  }

  @Test
  void ten_thousand_small_files_with_some_damaged_give_one_error_line_per_damaged_file() throws Exception {
    byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage".getBytes(StandardCharsets.US_ASCII);
    int damaged = 0;
    for (int i = 0; i < 10_000; i++) {
      Path folder = Files.createDirectories(dir.resolve("part" + (i % 20)));
      if (i % 500 == 7) {
        Files.write(folder.resolve("doc" + i + ".pdf"), brokenPdf);
        damaged++;
      } else if (i % 500 == 9) {
        Files.write(folder.resolve("doc" + i + ".txt"), Fixtures.elf());
        damaged++;
      } else {
        Files.writeString(folder.resolve("doc" + i + ".txt"),
            "Statement number " + i + ". The committee asked the ministry to publish the report on detention conditions.",
            StandardCharsets.UTF_8);
      }
    }

    long start = System.nanoTime();
    List<Path> files = Ingester.expand(dir);
    List<String> errors = new ArrayList<>();
    int read = 0;
    for (Path f : files) {
      try {
        ingester.read(f);
        read++;
      } catch (InputException e) {
        errors.add(e.getMessage());
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "10,000 files: %d read, %d errors, %d ms%n", read, errors.size(), millis);

    assertThat(files).hasSize(10_000);
    assertThat(read).isEqualTo(10_000 - damaged);
    assertThat(errors).hasSize(damaged).allSatisfy(line -> assertThat(line).doesNotContain("\n").matches(".*doc\\d+\\.(pdf|txt): .+"));
    assertThat(errors).anySatisfy(line -> assertThat(line).contains(": cannot be parsed as PDF: "));
    assertThat(errors).anySatisfy(line -> assertThat(line).endsWith(": is not a document (application/x-executable)"));
  }

  @Test
  void one_ingester_reads_on_several_threads_as_it_does_on_one() throws Exception {
    for (int i = 0; i < 200; i++) {
      String text = i % 2 == 0
          ? "Report " + i + ": the observers counted the detained protesters at the station."
          : "Доклад " + i + ": наблюдатели насчитали задержанных участников акции в отделении.";
      Files.write(dir.resolve("r" + i + ".txt"), text.getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("windows-1251")));
    }
    List<Path> files = Ingester.expand(dir);
    List<String> serial = new ArrayList<>();
    for (Path f : files) {
      serial.add(describe(f));
    }

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> parallel = new ArrayList<>();
      for (Path f : files) {
        parallel.add(pool.submit(() -> describe(f)));
      }
      for (int i = 0; i < files.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(serial.get(i));
      }
    } finally {
      pool.shutdown();
    }
    assertThat(serial).filteredOn(d -> d.startsWith("ru ")).hasSize(100);
  }

  private static String describe(Path f) throws InputException {
    var doc = ingester.read(f);
    return doc.language() + " " + doc.id() + " " + doc.text();
  }

  @Test
  void a_pipe_in_a_folder_is_refused_instead_of_waiting_forever() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is available");

    assertThat(Ingester.expand(dir)).containsExactly(fifo);
    assertThatThrownBy(() -> ingester.read(fifo)).hasMessage(fifo + ": is not a regular file (a device or pipe)");
  }

}
