package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

  private static final String PROSE = "The tribunal heard evidence from nine witnesses, who described the raids on"
      + " their homes, the confiscation of their documents and the months they spent waiting for news.";

  @Test
  void main_text_is_the_article_paragraphs_separated_by_blank_lines() {
    String html = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><p>" + PROSE
        + "</p><p>" + PROSE.replace("nine", "eleven") + "</p></article></body></html>";
    assertThat(HtmlExtraction.mainText(html, "https://rights.example.org/a"))
        .isEqualTo(PROSE + "\n\n" + PROSE.replace("nine", "eleven"));
  }

  @Test
  void empty_or_text_free_html_gives_empty_text() {
    assertThat(HtmlExtraction.mainText("", "https://rights.example.org/")).isEmpty();
    assertThat(HtmlExtraction.mainText("<html><body><script>x()</script><img src=a.png></body></html>", "")).isEmpty();
  }

  @Test
  void pathologically_deep_nesting_does_not_overflow_the_stack() {
    String html = "<div>".repeat(20_000) + "<p>" + PROSE + "</p>" + "</div>".repeat(20_000);
    assertThat(HtmlExtraction.mainText(html, "https://rights.example.org/")).contains("nine witnesses");
  }
}
