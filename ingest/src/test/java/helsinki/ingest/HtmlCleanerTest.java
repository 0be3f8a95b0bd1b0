package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

  private static HtmlCleaner.CleanPage page;

  @BeforeAll
  static void cleanTheStatement() throws IOException {
    try (InputStream in = HtmlCleanerTest.class.getResourceAsStream("ngo-statement.html")) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      page = new HtmlCleaner().clean(Jsoup.parse(html, "https://rights.example.org/news/journalists"));
    }
  }

  @Test
  void statement_paragraphs_are_kept_in_reading_order() {
    assertThat(page.paragraphs()).containsSubsequence(
        "The authorities of Eastland should release the eleven journalists held since January, and drop the"
            + " charges of spreading false information that they face, Northern Lights Rights Watch said today,"
            + " ahead of next month's regional summit.",
        "What governments attending the summit should do",
        "Call publicly for the unconditional release of all eleven journalists.",
        "Suspend the planned media cooperation agreement until the charges are dropped.");
    assertThat(page.text()).contains("Jailing reporters for describing a flood", "necessary and proportionate");
    assertThat(page.paragraphs().get(page.paragraphs().size() - 1)).startsWith("Under the International Covenant");
  }

  @Test
  void site_chrome_and_banners_are_dropped() {
    assertThat(page.text())
        .doesNotContain("Skip to main content")
        .doesNotContain("We use cookies")
        .doesNotContain("Reports")
        .doesNotContain("Seeking asylum")
        .doesNotContain("We can help")
        .doesNotContain("registered charity")
        .doesNotContain("All rights reserved")
        .doesNotContain("weekly briefing");
  }

  @Test
  void share_bar_byline_donation_box_and_tags_are_dropped() {
    assertThat(page.text())
        .doesNotContain("Share on")
        .doesNotContain("By Ana Lindqvist")
        .doesNotContain("Donate")
        .doesNotContain("Support our work")
        .doesNotContain("Media freedom");
  }

  @Test
  void related_list_and_comments_are_dropped() {
    assertThat(page.text())
        .doesNotContain("Flood reporting met with arrests")
        .doesNotContain("Joint letter to summit chairs")
        .doesNotContain("my cousin is one of the reporters");
  }

  @Test
  void photo_caption_and_credit_go_to_captions_not_text() {
    assertThat(page.captions()).containsExactly(
        "Relatives wait outside the regional court in Tarvik on 3 March 2024. © 2024 Example Photo Agency");
    assertThat(page.text()).doesNotContain("Relatives wait outside");
  }

  @Test
  void headline_is_the_title_without_the_site_name_and_not_repeated_in_text() {
    assertThat(page.title()).isEqualTo("Detained journalists must be freed before the summit");
    assertThat(page.paragraphs()).doesNotContain("Detained journalists must be freed before the summit");
  }

  @Test
  void script_written_in_text_stays_text_and_page_scripts_are_gone() {
    String html = "<html><head><script>var leaked = 'page script';</script></head><body><article>"
        + "<p>To test the form, researchers typed &lt;script&gt;alert('x')&lt;/script&gt; into the search box,"
        + " and the site printed it back without escaping, which exposes every visitor to injected code.</p>"
        + "<script>document.write('injected by the page');</script>"
        + "<p>The organisation reported the flaw to the ministry in May, and the ministry fixed it within a week,"
        + " after which the researchers confirmed that the search box escapes what it echoes.</p>"
        + "</article></body></html>";
    HtmlCleaner.CleanPage p = new HtmlCleaner().clean(Jsoup.parse(html, "https://rights.example.org/"));
    assertThat(p.text())
        .contains("typed <script>alert('x')</script> into the search box")
        .doesNotContain("leaked")
        .doesNotContain("injected by the page");
  }

  @Test
  void article_inside_a_container_named_like_chrome_is_still_found() {
    String prose = "Monitors documented forced evictions in the river district, where families said police gave"
        + " them less than a day to leave, and no alternative housing was offered to the elderly residents.";
    String html = "<html><body><div class='widget blog'><div><p>" + prose + "</p><p>" + prose.replace("river", "harbour")
        + "</p></div></div><div class='menu'><a href='/'>Home</a></div></body></html>";
    HtmlCleaner.CleanPage p = new HtmlCleaner().clean(Jsoup.parse(html, "https://rights.example.org/"));
    assertThat(p.text()).contains("river district", "harbour district").doesNotContain("Home");
  }

  @Test
  void clean_leaves_the_parsed_page_untouched_for_metadata() {
    org.jsoup.nodes.Document dom = Jsoup.parse("<html><body><nav>Menu</nav><p>Body text of a short note.</p></body></html>");
    String before = dom.outerHtml();
    new HtmlCleaner().clean(dom);
    assertThat(dom.outerHtml()).isEqualTo(before);
  }

  @Test
  void lead_photo_caption_above_the_text_is_kept_as_a_caption() {
    String prose = "Investigators found that the detainees were held for months without charge, and that several of"
        + " them were denied medical care despite repeated requests from their families and lawyers.";
    String html = "<html><body><article><header><h1>Detention without charge</h1><figure><img src='a.jpg'>"
        + "<figcaption>The detention centre seen from the main road in 2023.</figcaption></figure></header>"
        + "<div class='entry-content'><p>" + prose + "</p><p>" + prose.replace("months", "years") + "</p><p>"
        + prose.replace("several", "most") + "</p></div><aside><figure><figcaption>Sidebar photo</figcaption>"
        + "</figure></aside></article></body></html>";
    HtmlCleaner.CleanPage p = new HtmlCleaner().clean(Jsoup.parse(html, "https://rights.example.org/"));
    assertThat(p.captions()).containsExactly("The detention centre seen from the main road in 2023.");
    assertThat(p.text()).doesNotContain("detention centre seen").contains("held for years without charge");
  }
}
