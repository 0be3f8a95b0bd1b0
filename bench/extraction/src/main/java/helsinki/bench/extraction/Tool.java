package helsinki.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import helsinki.ingest.HtmlExtraction;

/** An extractor that runs in this JVM: HTML and its address in, main text out. */
enum Tool {
  HELSINKI("helsinki") {
    @Override
    String extract(String html, String url) {
      return HtmlExtraction.mainText(html, url);
    }
  },
  BOILERPIPE("boilerpipe") {
    @Override
    String extract(String html, String url) {
      try {
        return ArticleExtractor.INSTANCE.getText(html);
      } catch (BoilerpipeProcessingException e) {
        // A page boilerpipe cannot parse scores as an empty prediction, as upstream's runner does.
        System.err.println("boilerpipe: " + url + ": " + e.getMessage());
        return "";
      }
    }
  };

  private final String label;

  Tool(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  abstract String extract(String html, String url);

  static Tool named(String name) {
    for (Tool t : values()) {
      if (t.label.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no tool named " + name + " (helsinki, boilerpipe)");
  }
}
