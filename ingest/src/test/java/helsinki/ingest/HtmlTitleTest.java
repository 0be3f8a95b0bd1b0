package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTitleTest {

  private static String titleOf(String head, String body) {
    return HtmlTitle.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  @Test
  void og_title_wins_and_loses_the_named_site() {
    assertThat(titleOf("<meta property='og:site_name' content='Civic Voices'>"
        + "<meta property='og:title' content='Court upholds ban on peaceful assembly | Civic Voices'>"
        + "<title>Home | Civic Voices</title>", "")).isEqualTo("Court upholds ban on peaceful assembly");
  }

  @Test
  void short_trailing_site_name_is_dropped_without_a_site_meta() {
    assertThat(titleOf("<title>Lawyers for detained activists barred from hearing - Rights Daily</title>", ""))
        .isEqualTo("Lawyers for detained activists barred from hearing");
  }

  @Test
  void leading_site_name_is_dropped_when_the_h1_names_the_headline() {
    assertThat(titleOf("<title>Rights Daily: Lawyers barred from hearing</title>", "<h1>Lawyers barred from hearing</h1>"))
        .isEqualTo("Lawyers barred from hearing");
  }

  @Test
  void title_without_separator_is_kept_whole() {
    assertThat(titleOf("<title>Annual report on prison conditions</title>", "")).isEqualTo("Annual report on prison conditions");
  }

  @Test
  void page_without_any_title_has_none() {
    assertThat(titleOf("", "<p>Only a paragraph.</p>")).isNull();
  }
}
