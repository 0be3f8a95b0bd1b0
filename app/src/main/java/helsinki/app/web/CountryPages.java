package helsinki.app.web;

import helsinki.library.CountryProfile;
import helsinki.library.Library;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The world map of documents by country, and one page per country. */
final class CountryPages {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private final Library library;
  private final Templates templates;
  private final WorldMap map;

  CountryPages(Library library, Templates templates, WorldMap map) {
    this.library = library;
    this.templates = templates;
    this.map = map;
  }

  void register(Javalin app) {
    app.get("/countries", this::countries);
    app.get("/countries/{code}", this::country);
  }

  /** A country and its document count, for the list under the map. */
  record CountryCount(String code, String name, long count) {}

  static List<CountryCount> counts(Library library) {
    return library.countryCounts().stream().map(c -> new CountryCount(c.label(), name(c.label()), c.count())).toList();
  }

  /** The English name of an ISO code, or the code itself when it is not one Java knows. */
  static String name(String code) {
    return CODES.contains(code) ? new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH) : code;
  }

  private void countries(Context ctx) {
    List<CountryCount> counts = counts(library);
    Map<String, Long> byCode = new HashMap<>();
    counts.forEach(c -> byCode.put(c.code(), c.count()));
    Map<String, Object> model = Pages.model("Countries");
    model.put("shapes", map.shapes(byCode));
    model.put("counts", counts);
    model.put("width", WorldMap.WIDTH);
    model.put("height", WorldMap.HEIGHT);
    ctx.html(templates.render("countries", model));
  }

  private void country(Context ctx) throws Exception {
    CountryProfile p = library.country(ctx.pathParam("code"));
    Map<String, Object> model = Pages.model(p.name() == null ? p.code() : p.name());
    model.put("p", p);
    model.put("charts", List.of(BarChart.of(p.documentsByYear(), "Documents about it, by year of publication"),
        BarChart.of(p.eventsByYear(), "Events in it, by year")));
    ctx.html(templates.render("country", model));
  }
}
