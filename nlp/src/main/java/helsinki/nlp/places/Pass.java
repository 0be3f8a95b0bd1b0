package helsinki.nlp.places;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Place;

/**
 * The disambiguation passes (after CLIFF's), each a named rule that scores one candidate place of
 * an ambiguous mention; the candidate with the highest sum wins, and the pass that did most to set
 * it above the runner-up is recorded as having decided.
 */
enum Pass {
  /** "Paris, Texas", "Atlanta, Georgia", "Moscow, Russia": a place named beside its container. */
  PAIRED_WITH_CONTAINER {
    @Override
    double score(Place c, int i, Context ctx) {
      double best = 0;
      for (Place p : ctx.pairedCandidates(i)) {
        if (p.kind() != c.kind() && c.region() != null && c.region().equals(p.region())) {
          best = Math.max(best, 10);
        } else if (p.kind() != c.kind()
            && p.country().equals(c.country())
            && (container(p) || container(c))) {
          best = Math.max(best, 6);
        }
      }
      return best;
    }
  },
  /** Other places of the same region ("Atlanta" for the US state of Georgia). */
  SAME_REGION_NEARBY {
    @Override
    double score(Place c, int i, Context ctx) {
      return c.region() == null ? 0 : 3.0 * Math.min(2, ctx.sureInRegion(c.region(), i).size());
    }
  },
  /** Other places of the same country ("Tbilisi" for Georgia the country, "Kinshasa" for Congo). */
  SAME_COUNTRY_NEARBY {
    @Override
    double score(Place c, int i, Context ctx) {
      double support = 0;
      for (Place p : ctx.sureInCountry(c.country(), i)) {
        support += p.kind() == Kind.CITY || p.kind() == Kind.REGION ? 1.0 : 0.5;
      }
      // A country mentioned often must not turn its namesake (Lebanon, Georgia) into a town there.
      return Math.min(support, c.kind() == Kind.CITY ? 2.0 : 3.0);
    }
  },
  /**
   * A document whose other places lie mostly in one country (a US-centric news story) reads an
   * ambiguous name there: "Georgia's new election law" beside "U.S. senators" and "American voters".
   */
  DOCUMENT_FOCUS {
    @Override
    double score(Place c, int i, Context ctx) {
      return ctx.shareInCountry(c.country(), i) >= 0.6 ? 2.5 : 0.0;
    }
  },
  /** Other regions of one country named together ("Georgia, Texas and Florida"). */
  SIBLING_REGIONS {
    @Override
    double score(Place c, int i, Context ctx) {
      return c.kind() != Kind.REGION ? 0 : 1.5 * Math.min(3, ctx.sureSiblingRegions(c, i).size());
    }
  },
  /** Countries before regions before towns: "Georgia" alone is the country. */
  COUNTRY_FIRST {
    @Override
    double score(Place c, int i, Context ctx) {
      return switch (c.kind()) {
        case COUNTRY -> 3.0;
        case ADJECTIVE -> c.region() == null ? 2.9 : 1.0; // "U.S." names the country first
        case REGION -> 1.0;
        case CITY -> c.capital() ? 2.0 : 0.0;
      };
    }
  },
  /** The bigger place: "Korea" alone is South Korea, "Congo" alone the DRC, "Paris" the French. */
  BIGGER_PLACE {
    @Override
    double score(Place c, int i, Context ctx) {
      if (c.kind() == Kind.CITY && c.population() != null) {
        return 0.3 * Math.log10(c.population());
      }
      return c.kind() == Kind.REGION ? 0 : 0.1 * Math.log10(ctx.prominence(c.country()) + 1.0);
    }
  },
  /**
   * A town under 100,000 is a place only where its region (or, where the gazetteer knows no region,
   * its country) is named too: "Foley" or "Tucker" in a US text are more often people.
   */
  SMALL_TOWN_NEEDS_CONTEXT {
    @Override
    double score(Place c, int i, Context ctx) {
      boolean small = Context.smallTown(c);
      boolean supported = PAIRED_WITH_CONTAINER.score(c, i, ctx) > 0
          || (c.region() != null
              ? !ctx.sureInRegion(c.region(), i).isEmpty()
              : !ctx.sureInCountry(c.country(), i).isEmpty());
      return small && !supported ? -10.0 : 0.0; // more than all else can give
    }
  };

  /** A country or region, which a city or another place may be named beside ("Hyderabad, Sindh"). */
  private static boolean container(Place p) {
    return p.kind() == Kind.COUNTRY || p.kind() == Kind.REGION;
  }

  abstract double score(Place candidate, int mention, Context context);
}
