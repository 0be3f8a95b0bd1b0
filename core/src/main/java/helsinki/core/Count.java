package helsinki.core;

/** A reported number of something: "over 1,000 arrests" is 1000, OVER, "arrests". */
public record Count(long value, Qualifier qualifier, String unit) {}
