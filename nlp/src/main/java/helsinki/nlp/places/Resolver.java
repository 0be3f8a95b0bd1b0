package helsinki.nlp.places;

import helsinki.nlp.places.Places.Mention;
import helsinki.nlp.places.Places.Place;
import helsinki.nlp.places.Places.Resolved;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Resolves all the place mentions of one document together, each against the others. */
final class Resolver {

  static final String ONLY_CANDIDATE = "ONLY_CANDIDATE";
  /** Candidates of one country that no pass told apart ("Tbilisi" the city and the region). */
  static final String SAME_SCORE = "SAME_SCORE";

  private Resolver() {}

  /** The resolved mentions in text order (title first) and their countries ranked by salience. */
  static Places resolve(Context ctx, int bodyLength) {
    List<Resolved> resolved = new ArrayList<>();
    for (int i = 0; i < ctx.size(); i++) {
      Resolved r = resolveOne(ctx, i);
      if (r != null) {
        resolved.add(r);
      }
    }
    return new Places(resolved, Salience.rank(resolved, bodyLength));
  }

  private static @Nullable Resolved resolveOne(Context ctx, int i) {
    List<Place> candidates = ctx.candidates(i);
    Place best = null;
    Place second = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double secondScore = Double.NEGATIVE_INFINITY;
    for (Place c : candidates) {
      double score = total(c, i, ctx);
      if (score > bestScore) {
        second = best;
        secondScore = bestScore;
        best = c;
        bestScore = score;
      } else if (score > secondScore) {
        second = c;
        secondScore = score;
      }
    }
    if (best == null || bestScore < 0) {
      return null; // no candidate is believable here (a small town with nothing around it)
    }
    if (second != null && secondScore == bestScore && !second.country().equals(best.country())) {
      return null; // nothing tells "Western" (a region of Fiji, Ghana, Kenya...) apart
    }
    String decidedBy = second == null ? ONLY_CANDIDATE : decisivePass(best, second, i, ctx);
    return new Resolved(ctx.mention(i), ctx.inTitle(i), best, decidedBy);
  }

  private static double total(Place c, int i, Context ctx) {
    double sum = 0;
    for (Pass pass : Pass.values()) {
      sum += pass.score(c, i, ctx);
    }
    return sum;
  }

  private static String decisivePass(Place winner, Place runnerUp, int i, Context ctx) {
    Pass decisive = Pass.COUNTRY_FIRST;
    double margin = 0;
    for (Pass pass : Pass.values()) {
      double m = pass.score(winner, i, ctx) - pass.score(runnerUp, i, ctx);
      if (m > margin) {
        margin = m;
        decisive = pass;
      }
    }
    return margin > 0 ? decisive.name() : SAME_SCORE;
  }

  /** Keeps the mentions with at least one candidate, with their candidates, in text order. */
  static Context context(
      List<Mention> title, List<Mention> body, Gazetteer gazetteer, Map<String, Long> prominence) {
    List<Mention> mentions = new ArrayList<>();
    List<Boolean> inTitle = new ArrayList<>();
    List<List<Place>> candidates = new ArrayList<>();
    for (List<Mention> part : List.of(title, body)) {
      for (Mention m : part) {
        List<Place> found = gazetteer.lookup(m.text());
        if (!found.isEmpty()) {
          mentions.add(m);
          inTitle.add(part == title);
          candidates.add(found);
        }
      }
    }
    return new Context(mentions, inTitle, candidates, prominence);
  }
}
