package helsinki.core;

/** The named-entity class of a mention, as a general-purpose recogniser gives it. */
public enum NerClass {
  PERSON, ORGANIZATION, LOCATION, MISC
}
