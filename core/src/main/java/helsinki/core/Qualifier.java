package helsinki.core;

/** How a reported count relates to the true number ("over 1,000" is OVER). */
public enum Qualifier {
  EXACT, OVER, AT_LEAST, ABOUT, UP_TO
}
