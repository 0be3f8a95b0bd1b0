package helsinki.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika behind two calls: what an input is (from its bytes, then its name and declared type), and
 * its text, pages and properties. The configuration, detectors and parsers load once per instance
 * (about a second), and are thread-safe.
 */
final class TikaText {

  /** What a Tika parse found. */
  record Parsed(String text, List<String> pages, Map<String, String> properties) {}

  /** Property values longer than this are not metadata but content that a format filed there. */
  private static final int MAX_PROPERTY_CHARS = 2000;

  private final TikaConfig config;
  private final Detector detector;
  private final AutoDetectParser parser;

  TikaText() {
    // Built from the class path alone, so that a tika.config system property or TIKA_CONFIG
    // variable on the user's machine cannot change what Helsinki reads.
    try {
      this.config = new TikaConfig(TikaText.class.getClassLoader());
    } catch (MimeTypeException | IOException e) {
      throw new IllegalStateException("Tika's built-in media types cannot be loaded; the jar is damaged", e);
    }
    this.detector = config.getDetector();
    this.parser = new AutoDetectParser(config);
  }

  MediaTypeRegistry registry() {
    return config.getMediaTypeRegistry();
  }

  /** The input's media type, without parameters; magic bytes win over the name and the declared type. */
  MediaType detect(byte[] bytes, @Nullable String fileName, @Nullable String declaredType) throws IOException {
    Metadata metadata = hints(fileName, declaredType);
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, metadata).getBaseType();
    }
  }

  /**
   * Parses a document whose type {@link #detect} found; an e-mail's {@code messageBodies} (its inline text and
   * HTML parts, which Tika hands over as embedded documents) are its text, its attachments are not read.
   */
  Parsed parse(byte[] bytes, @Nullable String fileName, int maxChars, boolean messageBodies)
      throws IOException, SAXException, TikaException {
    Metadata metadata = hints(fileName, null);
    PageCollector collector = new PageCollector(maxChars);
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      ParseContext context = context();
      if (messageBodies) {
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, new MessageBodies(context));
      }
      parser.parse(in, collector, metadata, context);
    }
    return new Parsed(collector.text(), collector.pages(), properties(metadata));
  }

  private static Metadata hints(@Nullable String fileName, @Nullable String declaredType) {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    if (declaredType != null) {
      metadata.set(Metadata.CONTENT_TYPE, declaredType);
    }
    return metadata;
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    // Attachments and embedded objects are not the document's text, and nested containers are
    // how zip bombs multiply: none are opened.
    context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
    // The SAX reader streams document.xml, so the text and zip-bomb limits stop a huge one early;
    // the default DOM reader would first build all of it in memory.
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    // Tesseract, if the machine has it, would make a scanned report take minutes; 0.1 does not OCR.
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  private static Map<String, String> properties(Metadata metadata) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      if (name.startsWith("X-TIKA") || name.equals("X-Parsed-By")) {
        continue; // Tika's own bookkeeping, not the document's
      }
      String value = String.join("; ", metadata.getValues(name)).strip();
      if (!value.isEmpty() && value.length() <= MAX_PROPERTY_CHARS) {
        properties.put(name, value);
      }
    }
    return properties;
  }

  /** Reads a message's inline text and HTML bodies, and no attachment (a part with a file name). */
  private static final class MessageBodies extends ParsingEmbeddedDocumentExtractor {

    MessageBodies(ParseContext context) {
      super(context);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      String type = metadata.get(Metadata.CONTENT_TYPE);
      boolean body = type != null && (type.startsWith("text/plain") || type.startsWith("text/html"));
      return body && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null;
    }
  }

  /** Declines every embedded document. */
  private static final class SkipEmbedded implements EmbeddedDocumentExtractor {

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // never called: shouldParseEmbedded always declines
    }
  }
}
