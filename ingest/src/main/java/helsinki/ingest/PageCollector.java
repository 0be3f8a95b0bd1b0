package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of a Tika parse, and each page's text where the parser marks pages
 * ({@code <div class="page">}, as the PDF parser does). Paragraph ends become blank lines. Stops the
 * parse when the text passes its limit or when the worker thread is interrupted, so a parse that
 * still produces output cannot outlive its time limit.
 */
final class PageCollector extends DefaultHandler {

  /** Thrown into the parser when the worker thread was interrupted (the parse ran out of time). */
  static final class Interrupted extends SAXException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("the parse was interrupted");
    }
  }

  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private final List<String> pages = new ArrayList<>();
  private @Nullable StringBuilder page;
  private int depth;
  private int pageDepth = -1;
  private int bodyDepth = -1;
  private long events;

  PageCollector(int maxChars) {
    this.maxChars = maxChars;
  }

  String text() {
    return text.toString();
  }

  List<String> pages() {
    return List.copyOf(pages);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    checkInterrupt();
    depth++;
    String name = name(localName, qName);
    if (name.equals("body") && bodyDepth < 0) {
      bodyDepth = depth;
    } else if (name.equals("div") && "page".equals(atts.getValue("class")) && page == null) {
      page = new StringBuilder();
      pageDepth = depth;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = name(localName, qName);
    if (PARAGRAPHS.contains(name)) {
      append("\n");
    }
    if (depth == pageDepth && page != null) {
      pages.add(page.toString());
      page = null;
      pageDepth = -1;
    }
    if (depth == bodyDepth) {
      bodyDepth = -1;
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    checkInterrupt();
    append(new String(ch, start, length));
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    append(new String(ch, start, length));
  }

  private void append(String s) throws SAXException {
    if (bodyDepth < 0) {
      return; // the head holds the title and metadata, which arrive as properties
    }
    if (text.length() + s.length() > maxChars) {
      throw new WriteLimitReachedException(maxChars);
    }
    text.append(s);
    if (page != null) {
      page.append(s);
    }
  }

  private void checkInterrupt() throws SAXException {
    // Checking the flag on every event is cheap, but there can be millions; every 256th is enough.
    if ((++events & 0xFF) == 0 && Thread.currentThread().isInterrupted()) {
      throw new Interrupted();
    }
  }

  private static String name(String localName, String qName) {
    return localName.isEmpty() ? qName : localName;
  }
}
