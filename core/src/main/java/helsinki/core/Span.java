package helsinki.core;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A range of UTF-16 char offsets into a document's text, end exclusive; JSON writes it as [start, end]. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
