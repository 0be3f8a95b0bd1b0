package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentReaderTest {

  private static final ContentReader reader = new ContentReader(Fixtures.settings());

  @Test
  void html_becomes_a_dom_whose_base_uri_is_the_page_url() throws Exception {
    byte[] page = "<!DOCTYPE html><html><head><title>Appeal</title></head><body><p>Release them now.</p><a href=\"next.html\">next</a></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    RawContent raw = reader.read("https://example.org/news/appeal", page, null, "https://example.org/news/appeal");

    assertThat(raw).isInstanceOf(RawContent.Html.class);
    org.jsoup.nodes.Document dom = ((RawContent.Html) raw).dom();
    assertThat(dom.title()).isEqualTo("Appeal");
    assertThat(dom.selectFirst("a").absUrl("href")).isEqualTo("https://example.org/news/next.html");
  }

  @Test
  void html_is_recognised_by_its_content_even_without_a_telling_name() throws Exception {
    byte[] page = "<html><body><p>A statement on detention.</p></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThat(reader.read("statement.txt", page, null, null)).isInstanceOf(RawContent.Html.class);
  }

  @Test
  void text_that_opens_with_the_word_article_is_text_not_a_usenet_message() throws Exception {
    byte[] text = "Article 21 of the Covenant protects peaceful assembly.\n\nWe urge the authorities to release the marchers."
        .getBytes(StandardCharsets.UTF_8);

    for (String name : new String[] {"statement.txt", "statement", "-"}) {
      RawContent.Text raw = (RawContent.Text) reader.read(name, text, null, null);
      assertThat(raw.mediaType()).isEqualTo("text/plain");
      assertThat(raw.text()).startsWith("Article 21 of the Covenant").contains("release the marchers");
    }
  }

  @Test
  void an_email_gives_its_body_and_its_subject_and_date() throws Exception {
    byte[] mail = String.join("\r\n",
        "From: Civic Watch <office@civicwatch.example>",
        "To: Minister of Justice <minister@justice.example>",
        "Subject: Open letter on the detained journalists",
        "Date: Tue, 4 Mar 2025 09:30:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Dear Minister,",
        "",
        "We urge you to release the four journalists detained in February.",
        "").getBytes(StandardCharsets.UTF_8);

    RawContent.Text raw = (RawContent.Text) reader.read("letter.eml", mail, null, null);

    assertThat(raw.mediaType()).isEqualTo("message/rfc822");
    assertThat(raw.text()).contains("We urge you to release the four journalists").doesNotContain("MIME-Version");
    assertThat(raw.properties()).containsEntry("dc:title", "Open letter on the detained journalists");
    assertThat(raw.properties().get("dcterms:created")).startsWith("2025-03-04");
  }

  @Test
  void an_emails_attachment_is_not_its_text_but_its_html_body_is() throws Exception {
    byte[] mail = String.join("\r\n",
        "From: Civic Watch <office@civicwatch.example>",
        "Subject: Our statement",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"b1\"",
        "",
        "--b1",
        "Content-Type: text/html; charset=UTF-8",
        "",
        "<html><body><p>We call for the release of the marchers.</p></body></html>",
        "--b1",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Disposition: attachment; filename=\"draft.txt\"",
        "",
        "An earlier draft that was never sent.",
        "--b1--",
        "").getBytes(StandardCharsets.UTF_8);

    RawContent.Text raw = (RawContent.Text) reader.read("statement.eml", mail, null, null);

    assertThat(raw.text()).contains("We call for the release of the marchers.").doesNotContain("earlier draft").doesNotContain("<p>");
  }

  @Test
  void pdf_gives_its_text_each_page_and_its_properties() throws Exception {
    byte[] pdf = Fixtures.pdf("Annual Review", "Jane Roe", List.of(
        List.of("Civic Watch Annual Review", "The first page speaks of detention."),
        List.of("Civic Watch Annual Review", "The second page speaks of release.")));

    RawContent.Text raw = (RawContent.Text) reader.read("review.bin", pdf, null, null);

    assertThat(raw.mediaType()).isEqualTo("application/pdf");
    assertThat(raw.pages()).hasSize(2);
    assertThat(raw.pages().get(0)).contains("first page").doesNotContain("second page");
    assertThat(raw.pages().get(1)).contains("second page");
    assertThat(raw.text()).contains("first page").contains("second page");
    assertThat(raw.properties()).containsEntry("dc:title", "Annual Review").containsEntry("dc:creator", "Jane Roe");
    assertThat(raw.properties().get("dcterms:created")).startsWith("2021-03-04");
  }

  @Test
  void docx_gives_its_paragraphs_apart_and_its_properties() throws Exception {
    byte[] docx = Fixtures.docx("Open Letter", "John Doe", List.of("Dear Minister,", "We write about the trial."));

    RawContent.Text raw = (RawContent.Text) reader.read("letter", docx, null, null);

    assertThat(raw.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(raw.text()).containsSubsequence("Dear Minister,", "\n\n", "We write about the trial.");
    assertThat(raw.pages()).isEmpty();
    assertThat(raw.properties()).containsEntry("dc:title", "Open Letter").containsEntry("dc:creator", "John Doe");
  }

  @Test
  void odt_gives_its_text_and_its_properties() throws Exception {
    byte[] odt = Fixtures.odt("Submission", "Ann Smith", List.of("To the Committee.", "Our concerns follow."));

    RawContent.Text raw = (RawContent.Text) reader.read("submission.odt", odt, null, null);

    assertThat(raw.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(raw.text()).contains("To the Committee.").contains("Our concerns follow.");
    assertThat(raw.properties()).containsEntry("dc:title", "Submission").containsEntry("dc:creator", "Ann Smith");
    assertThat(raw.properties().get("dcterms:created")).startsWith("2021-03-04");
  }

  @Test
  void plain_text_and_markdown_are_read_as_text() throws Exception {
    byte[] text = "A short statement.\n\nIt has two paragraphs.\n".getBytes(StandardCharsets.UTF_8);

    RawContent.Text plain = (RawContent.Text) reader.read("statement.txt", text, null, null);
    RawContent.Text markdown = (RawContent.Text) reader.read("statement.md", "# Title\n\nSome *text*.\n".getBytes(StandardCharsets.UTF_8), null, null);

    assertThat(plain.mediaType()).isEqualTo("text/plain");
    assertThat(plain.text()).isEqualTo("A short statement.\n\nIt has two paragraphs.\n");
    assertThat(markdown.mediaType()).isEqualTo("text/markdown");
    assertThat(markdown.text()).startsWith("# Title");
  }

  @Test
  void markdown_front_matter_becomes_properties_and_leaves_the_body() throws Exception {
    byte[] md = "---\ntitle: \"Joint statement on the elections\"\nauthor: Free Press Union\ndate: 2022-05-01\ntags:\n  - media\n---\n# Joint statement\n\nWe call for observers.\n"
        .getBytes(StandardCharsets.UTF_8);

    RawContent.Text raw = (RawContent.Text) reader.read("statement.md", md, null, null);

    assertThat(raw.text()).isEqualTo("# Joint statement\n\nWe call for observers.\n");
    assertThat(raw.properties())
        .containsEntry("dc:title", "Joint statement on the elections")
        .containsEntry("dc:creator", "Free Press Union")
        .containsEntry("dcterms:created", "2022-05-01")
        .hasSize(3);
  }

  @Test
  void a_pdf_without_a_text_layer_says_it_needs_ocr() throws Exception {
    byte[] scanned = Fixtures.pdf("Scan", "Nobody", List.of(List.of()));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read("scan.pdf", scanned, null, null))
        .hasMessage("scan.pdf: holds no text layer (scanned pages need OCR, which Helsinki does not do yet)");
  }

  @Test
  void an_encrypted_pdf_says_it_needs_a_password() throws Exception {
    byte[] locked = Fixtures.encryptedPdf();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read("locked.pdf", locked, null, null))
        .hasMessage("locked.pdf: is encrypted; Helsinki cannot read password-protected files");
  }

  @Test
  void a_windows_1251_page_declared_in_a_meta_tag_is_decoded() throws Exception {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] page = "<html><head><meta charset=\"windows-1251\"><title>Заявление</title></head><body><p>Правозащитники требуют освобождения.</p></body></html>"
        .getBytes(cp1251);

    RawContent.Html raw = (RawContent.Html) reader.read("page.html", page, null, null);

    assertThat(raw.dom().title()).isEqualTo("Заявление");
    assertThat(raw.dom().body().text()).isEqualTo("Правозащитники требуют освобождения.");
  }

  @Test
  void the_charset_in_the_http_header_wins_over_a_wrong_meta_tag() throws Exception {
    byte[] page = "<html><head><meta charset=\"utf-8\"></head><body><p>Свобода собраний</p></body></html>"
        .getBytes(Charset.forName("KOI8-R"));

    RawContent.Html raw = (RawContent.Html) reader.read("page", page, "text/html; charset=KOI8-R", null);

    assertThat(raw.dom().body().text()).isEqualTo("Свобода собраний");
  }
}
