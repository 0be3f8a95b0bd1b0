package helsinki.core;

/** Who may see a document; testimony about victims is dangerous in the wrong hands. */
public enum Visibility {
  PUBLIC, INTERNAL, CONFIDENTIAL
}
