package helsinki.ingest;

import org.jspecify.annotations.Nullable;

/** Language identification of clean text: an ISO 639-1 code, or null when the text is too short to tell. */
final class Languages {

  @Nullable String detect(String text) {
    return null;
  }
}
