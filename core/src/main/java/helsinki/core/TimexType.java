package helsinki.core;

/** The TimeML type of a time expression: a date, a clock time, a duration or a repetition. */
public enum TimexType {
  DATE, TIME, DURATION, SET
}
