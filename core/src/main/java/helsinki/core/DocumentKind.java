package helsinki.core;

/** What a document is, per TAXONOMY.md. */
public enum DocumentKind {
  LETTER, STATEMENT, REPORT, NEWS, COMMENTARY, OTHER
}
