package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An older page layout: class-less divs, paragraphs split by br, chrome that names itself only by id. */
class HtmlCleanerPressReleaseTest {

  private static HtmlCleaner.CleanPage page;

  @BeforeAll
  static void cleanThePressRelease() throws IOException {
    try (InputStream in = HtmlCleanerPressReleaseTest.class.getResourceAsStream("ngo-press-release.html")) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      page = new HtmlCleaner().clean(Jsoup.parse(html, "https://truth.example.org/press/families"));
    }
  }

  @Test
  void br_separated_paragraphs_become_the_text_in_order() {
    assertThat(page.text()).contains(
        "More than two hundred families gathered outside the Ministry of Interior",
        "most have gone unanswered",
        "guarantee that relatives who speak out are not harassed",
        "has not yet replied to any of them");
    assertThat(page.text().indexOf("two hundred families")).isLessThan(page.text().indexOf("Working Group"));
  }

  @Test
  void asylum_banner_without_a_telling_class_is_dropped_by_its_wording() {
    assertThat(page.text()).doesNotContain("Seeking asylum").doesNotContain("We can help");
  }

  @Test
  void navigation_columns_share_line_cookie_notice_and_footer_are_dropped() {
    assertThat(page.text())
        .doesNotContain("Skip to main content")
        .doesNotContain("Campaigns")
        .doesNotContain("Latest news")
        .doesNotContain("release of two human rights defenders")
        .doesNotContain("Share this")
        .doesNotContain("stores cookies")
        .doesNotContain("Registered charity")
        .doesNotContain("Volunteer");
  }

  @Test
  void wordpress_caption_and_a_credit_line_are_captions() {
    assertThat(page.captions()).containsExactly(
        "Mothers hold photographs of their missing sons at a vigil in the capital.", "Photo: © 2017 Reuters");
    assertThat(page.text()).doesNotContain("Mothers hold photographs").doesNotContain("Reuters");
  }

  @Test
  void title_loses_the_site_name() {
    assertThat(page.title()).isEqualTo("Press release: Families of the disappeared demand answers");
  }
}
