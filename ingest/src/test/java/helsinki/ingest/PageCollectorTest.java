package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class PageCollectorTest {

  @Test
  void pages_are_split_on_page_divs_and_paragraphs_end_in_blank_lines() throws Exception {
    PageCollector c = new PageCollector(1000);
    c.startElement("", "html", "html", new AttributesImpl());
    c.startElement("", "head", "head", new AttributesImpl());
    text(c, "Title in the head");
    c.endElement("", "head", "head");
    c.startElement("", "body", "body", new AttributesImpl());
    for (String page : new String[] {"one", "two"}) {
      AttributesImpl cls = new AttributesImpl();
      cls.addAttribute("", "class", "class", "CDATA", "page");
      c.startElement("", "div", "div", cls);
      c.startElement("", "p", "p", new AttributesImpl());
      text(c, "Page " + page);
      c.endElement("", "p", "p");
      c.endElement("", "div", "div");
    }
    c.endElement("", "body", "body");
    c.endElement("", "html", "html");

    assertThat(c.text()).isEqualTo("Page one\nPage two\n");
    assertThat(c.pages()).containsExactly("Page one\n", "Page two\n");
  }

  @Test
  void text_past_the_limit_stops_the_parse() throws Exception {
    PageCollector c = new PageCollector(10);
    c.startElement("", "body", "body", new AttributesImpl());

    assertThatThrownBy(() -> text(c, "more than ten characters")).isInstanceOf(WriteLimitReachedException.class);
  }

  @Test
  void an_interrupted_worker_stops_the_parse_at_the_next_events() throws Exception {
    PageCollector c = new PageCollector(1_000_000);
    c.startElement("", "body", "body", new AttributesImpl());
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> {
            for (int i = 0; i < 1000; i++) {
              text(c, "x");
            }
          })
          .isInstanceOf(PageCollector.Interrupted.class);
    } finally {
      Thread.interrupted(); // leave the test thread as we found it
    }
  }

  private static void text(PageCollector c, String s) throws Exception {
    c.characters(s.toCharArray(), 0, s.length());
  }
}
