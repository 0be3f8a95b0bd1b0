package helsinki.extract.link;

/** Whether some words name a country (as a name, short name, adjective or demonym), so that rules need no gazetteer of their own. */
@FunctionalInterface
public interface CountryNames {

  /** Knows no country names: only the country codes that entities carry are used. */
  CountryNames NONE = (words, code) -> false;

  /** Whether {@code words} ("U.S.", "Russian", "the Russian Federation") name the country with ISO code {@code code}. */
  boolean names(String words, String code);
}
