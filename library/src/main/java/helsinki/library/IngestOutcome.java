package helsinki.library;

/** What became of one input of an ingest. */
public enum IngestOutcome {
  /** A document the library did not hold. */
  NEW,
  /** A known source whose text changed: its record now holds the new text. */
  UPDATED,
  /** The same text as a document the library holds, read from another source: the source was added to it. */
  DUPLICATE,
  /** A new document whose text is nearly that of others; stored apart and linked to them. */
  NEAR_DUPLICATE,
  /** A source read before, with the same text as then. */
  UNCHANGED,
  /** The input could not be read. */
  FAILED
}
