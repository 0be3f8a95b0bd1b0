package helsinki.library;

/** How {@code export} writes the library. */
public enum ExportFormat {
  /** One FORMAT.md object per line. */
  JSONL,
  /** One row per document with its main metadata. */
  CSV
}
