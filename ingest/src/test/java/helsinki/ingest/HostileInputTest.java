package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Document;
import helsinki.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs meant to hurt: each gives one line naming the input and the reason, and nothing else breaks. */
class HostileInputTest {

  private static final Ingester ingester = new Ingester(Fixtures.settings());

  @TempDir Path dir;

  @Test
  void an_oversized_file_is_refused_before_it_is_read() throws IOException {
    Path big = dir.resolve("huge.pdf");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: costs no disk and no time
    }

    assertThatThrownBy(() -> ingester.read(big))
        .isInstanceOf(InputException.class)
        .hasMessage(big + ": is 209715200 bytes, over the 1 MiB limit");
  }

  @Test
  void an_oversized_stream_stops_one_byte_past_the_limit() {
    byte[] bytes = new byte[(1 << 20) + 10];

    assertThatThrownBy(() -> ingester.read("-", new ByteArrayInputStream(bytes)))
        .hasMessage("-: is over the 1 MiB limit");
  }

  @Test
  void an_empty_file_is_refused() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    assertThatThrownBy(() -> ingester.read(empty)).hasMessage(empty + ": is empty");
  }

  @Test
  void a_file_of_blanks_holds_no_readable_text() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n ", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ingester.read(blank)).hasMessage(blank + ": holds no readable text");
  }

  @Test
  void an_executable_is_not_a_document() throws IOException {
    Path exe = Files.write(dir.resolve("report.pdf"), Fixtures.elf());

    assertThatThrownBy(() -> ingester.read(exe)).hasMessage(exe + ": is not a document (application/x-executable)");
  }

  @Test
  void random_bytes_are_not_a_document() throws IOException {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Path file = Files.write(dir.resolve("noise.txt"), noise);

    assertThatThrownBy(() -> ingester.read(file)).hasMessage(file + ": is not a document (application/octet-stream)");
  }

  @Test
  void a_truncated_pdf_cannot_be_parsed_and_says_so() throws IOException {
    byte[] pdf = Fixtures.pdf("T", "A", List.of(List.of("Some text on a page.")));
    Path file = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, 40));

    assertThatThrownBy(() -> ingester.read(file)).message().startsWith(file + ": cannot be parsed as PDF: ").doesNotContain("\n");
  }

  @Test
  void a_damaged_docx_cannot_be_parsed_and_says_so() throws IOException {
    byte[] docx = Fixtures.docx("T", "A", List.of("Some text."));
    Path file = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));

    assertThatThrownBy(() -> ingester.read(file)).message().startsWith(file + ": ").doesNotContain("\n");
  }

  @Test
  void a_zip_entry_that_inflates_past_its_budget_is_refused_before_parsing() throws IOException {
    Path file = Files.write(dir.resolve("bomb.docx"), Fixtures.docxBomb(8));

    assertThatThrownBy(() -> ingester.read(file))
        .hasMessage(file + ": cannot be parsed as DOCX: looks like a zip bomb (word/document.xml inflates past 3 MiB)");
  }

  @Test
  void text_past_the_character_limit_is_refused() throws IOException {
    Path file = Files.write(dir.resolve("long.docx"), Fixtures.docx("T", "A", List.of("word ".repeat(50_000))));

    assertThatThrownBy(() -> ingester.read(file)).hasMessage(file + ": holds more than 200000 characters of text, over the limit");
  }

  @Test
  void a_folder_is_not_read_as_a_file() {
    assertThatThrownBy(() -> ingester.read(dir)).hasMessage(dir + ": is a folder");
  }

  @Test
  void a_missing_file_says_so() {
    Path missing = dir.resolve("nothing-here.pdf");

    assertThatThrownBy(() -> ingester.read(missing)).hasMessage(missing + ": no such file or folder");
  }

  @Test
  void a_good_file_still_reads_after_bad_ones() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "The court released the three defenders on Monday after a year in detention.", StandardCharsets.UTF_8);

    Document doc = ingester.read(good);

    assertThat(doc.text()).contains("released the three defenders");
    assertThat(doc.language()).isEqualTo("en");
    assertThat(doc.mediaType()).isEqualTo("text/plain");
  }
}
