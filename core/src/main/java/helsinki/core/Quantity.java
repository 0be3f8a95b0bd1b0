package helsinki.core;

/**
 * A count of something in the text: "over 1,000 arrests" is 1000, OVER, "arrests".
 *
 * @param text the phrase as written, from the qualifier to the counted noun
 * @param span where it lies in the text
 * @param value the number (a lower bound for vague plurals such as "hundreds")
 * @param qualifier how the number relates to the true count
 * @param unit what is counted: the counted noun phrase as written, in lower case ("arrests",
 *     "political prisoners")
 */
public record Quantity(String text, Span span, long value, Qualifier qualifier, String unit) {

  /** The analysis format's view of this quantity. */
  public Count count() {
    return new Count(value, qualifier, unit);
  }
}
