package helsinki.ingest;

import java.util.List;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.jspecify.annotations.Nullable;

/** The document formats Helsinki reads, each with the media types Tika gives it and the name users know. */
enum Format {
  HTML("HTML", "text/html", "application/xhtml+xml"),
  // Tika calls text news when it opens with "Article", "Path:" or "Xref:" (Usenet's headers): "Article 19
  // calls on ..." is a statement's first line, and a Usenet article is plain text anyway.
  TEXT("text", "text/plain", "message/news"),
  MARKDOWN("Markdown", "text/x-web-markdown", "text/markdown"),
  PDF("PDF", "application/pdf"),
  DOCX(
      "DOCX",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-word.document.macroenabled.12"),
  DOC("DOC", "application/msword"),
  ODT("ODT", "application/vnd.oasis.opendocument.text"),
  RTF("RTF", "application/rtf"),
  EPUB("EPUB", "application/epub+zip"),
  /** A letter forwarded or saved as an e-mail (.eml): its body, with the subject as title and the sender and date. */
  EMAIL("e-mail", "message/rfc822");

  private final String label;
  private final List<MediaType> types;

  Format(String label, String... types) {
    this.label = label;
    this.types = java.util.Arrays.stream(types).map(MediaType::parse).toList();
  }

  /** The name users know the format by ("PDF", "DOCX"). */
  String label() {
    return label;
  }

  /** Whether Tika parses it; HTML and text Helsinki decodes itself. */
  boolean viaTika() {
    return this != HTML && this != TEXT && this != MARKDOWN;
  }

  /** Whether the format is a zip of parts (and so a possible zip bomb). */
  boolean zipped() {
    return this == DOCX || this == ODT || this == EPUB;
  }

  /** The format of {@code type}, or null when it is not a document Helsinki reads. */
  static @Nullable Format of(MediaType type, MediaTypeRegistry registry) {
    for (Format f : values()) {
      if (f.types.contains(type)) {
        return f;
      }
    }
    // Other text types (CSV, subtitles, source code) read as plain text; XML types are data, not prose.
    if (type.getType().equals("text") && registry.isInstanceOf(type, MediaType.TEXT_PLAIN)) {
      return TEXT;
    }
    return null;
  }
}
