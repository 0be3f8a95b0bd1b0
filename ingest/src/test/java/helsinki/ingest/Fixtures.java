package helsinki.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents the tests write themselves, in our own words, with the libraries Tika brings. */
final class Fixtures {

  private Fixtures() {}

  /** Small limits so that tests of the limits stay fast. */
  static IngestSettings settings() {
    return new IngestSettings(
        1 << 20, 200_000, Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofSeconds(5), 5, "Helsinki/0.1 (+https://github.com/helsinki-rights/helsinki)");
  }

  /** A PDF with one page per entry, each page a few lines, with title and author in its info. */
  static byte[] pdf(String title, String author, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(font, 12);
          s.setLeading(16);
          s.newLineAtOffset(72, 720);
          for (String line : lines) {
            s.showText(line);
            s.newLine();
          }
          s.endText();
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.clear();
      created.set(2021, Calendar.MARCH, 4, 10, 0, 0);
      info.setCreationDate(created);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF that opens only with a password. */
  static byte[] encryptedPdf() throws IOException {
    byte[] plain = pdf("Locked", "Nobody", List.of(List.of("Names of witnesses.")));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
          "owner-secret", "user-secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A DOCX with the given paragraphs, title and author. */
  static byte[] docx(String title, String author, List<String> paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator(author);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** An ODT text document, written as the zip of XML files that the format is. */
  static byte[] odt(String title, String author, List<String> paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<text:p>").append(p).append("</text:p>");
    }
    return odtWith(title, author, contentXml(body.toString()).getBytes(StandardCharsets.UTF_8));
  }

  static String contentXml(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
  }

  static byte[] odtWith(String title, String author, byte[] content) throws IOException {
    String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
        + " office:version=\"1.2\"><office:meta><dc:title>" + title + "</dc:title><dc:creator>" + author
        + "</dc:creator><meta:creation-date>2021-03-04T10:00:00</meta:creation-date></office:meta></office:document-meta>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype"); // ODF wants it first and stored, so that magic finds it
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      put(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
      put(zip, "meta.xml", meta.getBytes(StandardCharsets.UTF_8));
      put(zip, "content.xml", content);
    }
    return out.toByteArray();
  }

  /**
   * A DOCX whose document.xml inflates to {@code megabytes} MiB of one repeated sentence in one
   * paragraph: a zip file a few dozen KiB long that would become a huge text.
   */
  static byte[] docxBomb(int megabytes) throws IOException {
    byte[] normal = docx("Bomb", "Nobody", List.of("placeholder"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(normal));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.getName().equals("word/document.xml")) {
          put(zip, e.getName(), in.readAllBytes());
          continue;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        writeRepeated(zip, "a", megabytes); // one letter repeated inflates about a thousandfold
        zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** An ODT whose content.xml inflates to {@code megabytes} MiB of text. */
  static byte[] odtBomb(int megabytes) throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    String xml = contentXml("@");
    int at = xml.indexOf('@');
    content.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
    content.write("<text:p>".getBytes(StandardCharsets.UTF_8));
    writeRepeated(content, "a", megabytes);
    content.write("</text:p>".getBytes(StandardCharsets.UTF_8));
    content.write(xml.substring(at + 1).getBytes(StandardCharsets.UTF_8));
    return odtWith("Bomb", "Nobody", content.toByteArray());
  }

  private static void writeRepeated(java.io.OutputStream out, String unit, int megabytes) throws IOException {
    byte[] block = unit.repeat((64 << 10) / unit.length()).getBytes(StandardCharsets.UTF_8);
    long total = (long) megabytes << 20;
    for (long written = 0; written < total; written += block.length) {
      out.write(block);
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  /** The first bytes of a Linux executable: enough for any detector to know it. */
  static byte[] elf() {
    byte[] b = new byte[256];
    byte[] head = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }
}
