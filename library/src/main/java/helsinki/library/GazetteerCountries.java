package helsinki.library;

import helsinki.extract.link.CountryNames;
import helsinki.nlp.places.Gazetteer;
import helsinki.nlp.places.Places;
import org.jspecify.annotations.Nullable;

/**
 * Country names for the actor rules, read from the gazetteer: the analyzer's when it has one, else one
 * loaded the first time a rule asks (a library that never meets a government never loads it).
 */
final class GazetteerCountries implements CountryNames {

  private @Nullable Gazetteer gazetteer;

  GazetteerCountries(@Nullable Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public boolean names(String words, String code) {
    return gazetteer().lookup(words).stream().anyMatch(p -> p.country().equals(code)
        && (p.kind() == Places.Kind.COUNTRY || p.kind() == Places.Kind.ADJECTIVE && p.region() == null));
  }

  private synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load();
    }
    return gazetteer;
  }
}
