package helsinki.library;

import helsinki.core.Analysis;

/** Small rewrites of an {@link Analysis} that the library needs when it stores one. */
final class Analyses {

  private Analyses() {}

  /**
   * The analysis under the id its document was stored as (the library may give a document another
   * id than the one its text suggests, when that id is taken).
   */
  static Analysis withId(Analysis a, String id) {
    if (a.id().equals(id)) {
      return a;
    }
    return new Analysis(a.format(), id, a.source(), a.title(), a.subtitle(), a.publisher(), a.authors(), a.published(),
        a.language(), a.kind(), a.addressees(), a.text(), a.captions(), a.countries(), a.themes(), a.entities(),
        a.events(), a.engagements(), a.asks(), a.outcomes());
  }
}
