package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Document;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The cleaner as the Ingester uses it: an NGO page's bytes become a document of its article alone. */
class HtmlCleanerIngestTest {

  @Test
  void ingested_ngo_page_holds_the_statement_and_its_caption_apart() throws Exception {
    Document doc = new Ingester(IngestSettings.defaults())
        .read("https://rights.example.org/news/journalists", fixture("ngo-statement.html"), "text/html; charset=utf-8",
            "https://rights.example.org/news/journalists");
    assertThat(doc.text())
        .startsWith("The authorities of Eastland should release the eleven journalists")
        .doesNotContain("Seeking asylum")
        .doesNotContain("We use cookies")
        .doesNotContain("Share on");
    assertThat(doc.captions()).singleElement().asString().contains("© 2024 Example Photo Agency");
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = HtmlCleanerIngestTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
