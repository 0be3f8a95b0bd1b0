package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A real PDF, laid out here with PDFBox (running header, "Page k of N" footer, a word hyphenated at a
 * line end, a sentence across a page break), extracted page by page as a reader would, then cleaned.
 */
class PdfPagesTest {

  private static final String HEADER = "Rights Monitor | Briefing on Kyrgyzstan, 2022";
  private static final List<List<String>> PAGES = List.of(
      List.of("Kyrgyzstan: Pressure on Independent Media", "",
          "In 2022 the authorities in Bishkek opened criminal cases against",
          "eleven journalists and blocked two news sites. Reporters who cover",
          "corruption and environ-", "mental damage from mining describe surveillance and",
          "summonses for questioning, and several of them have been"),
      List.of("forced to leave the country after their families were threatened.", "",
          "The new law on false information allows the culture ministry to",
          "block a site without a court order. Lawyers say the law has been",
          "used against reporting on border clashes with Tajikistan."),
      List.of("Recommendations", "",
          "The government should repeal the law on false information and",
          "drop the cases against the journalists."));

  private final TextCleaner cleaner = new TextCleaner(WordList.english());

  @Test
  void pdf_pages_lose_header_and_footer_and_keep_sentences_and_words_whole() throws IOException {
    List<String> pages = extractPages(layOut());
    String clean = cleaner.clean(String.join("\n", pages), pages);
    assertThat(clean)
        .doesNotContain("Rights Monitor | Briefing", "Page 1 of 3", "Page 3 of 3")
        .startsWith("Kyrgyzstan: Pressure on Independent Media\n\nIn 2022 the authorities in Bishkek opened criminal cases against eleven")
        .contains("corruption and environmental damage from mining")
        .contains("several of them have been forced to leave the country")
        .contains("\n\nRecommendations\n\nThe government should repeal the law on false information and drop the cases");
  }

  private static byte[] layOut() throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < PAGES.size(); p++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          line(s, font, 9, 72, 760, HEADER);
          float y = 700;
          for (String text : PAGES.get(p)) {
            if (!text.isEmpty()) {
              line(s, font, 11, 72, y, text);
            }
            y -= text.isEmpty() ? 22 : 14;
          }
          line(s, font, 9, 280, 40, "Page " + (p + 1) + " of " + PAGES.size());
        }
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static void line(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text) throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  private static List<String> extractPages(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      // Tika's PDF reader ends each paragraph that PDFBox detects (by line spacing) with a blank line.
      stripper.setParagraphEnd("\n");
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(pdf));
      }
      return pages;
    }
  }
}
