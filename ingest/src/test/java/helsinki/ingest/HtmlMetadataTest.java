package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Author;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  private static HtmlMetadata page(String head, String body) {
    return new HtmlMetadata(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://x.example/"));
  }

  @Test
  void broken_json_ld_is_ignored_and_meta_tags_still_speak() {
    HtmlMetadata m = page("<script type=\"application/ld+json\">{not json</script>"
        + "<meta name=\"dc.date\" content=\"2015-09-01\"><meta name=\"publisher\" content=\"Cairo Institute\">", "");
    assertThat(m.published()).isEqualTo(LocalDate.of(2015, 9, 1));
    assertThat(m.siteName()).isEqualTo("Cairo Institute");
  }

  @Test
  void a_time_element_in_the_article_header_gives_the_date_but_one_in_a_sidebar_does_not() {
    assertThat(page("", "<article><header><time datetime=\"2018-02-03\">3 Feb</time></header></article>").published())
        .isEqualTo(LocalDate.of(2018, 2, 3));
    assertThat(page("", "<aside><time datetime=\"2018-02-03\">3 Feb</time></aside>").published()).isNull();
  }

  @Test
  void an_organisation_as_json_ld_author_is_not_a_person() {
    HtmlMetadata m = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Civil Rights Defenders\"}}</script>", "<p class=\"meta byline\">By Sofia Berg</p>");
    assertThat(m.authors()).containsExactly(new Author("Sofia Berg", null));
  }

  @Test
  void the_title_falls_back_from_open_graph_to_h1_to_the_title_element() {
    assertThat(page("<title>Page title</title>", "<h1>Heading One</h1>").title()).isEqualTo("Heading One");
    assertThat(page("<title>Page title</title>", "").title()).isEqualTo("Page title");
  }

  @Test
  void the_site_name_is_cut_from_a_title_only_when_it_is_the_publishers() {
    assertThat(MetadataExtractor.withoutSiteName("Peru: Stop Evictions | Amnesty International", "Amnesty International"))
        .isEqualTo("Peru: Stop Evictions");
    assertThat(MetadataExtractor.withoutSiteName("War - and Peace - in Yemen", null)).isEqualTo("War - and Peace - in Yemen");
  }
}
