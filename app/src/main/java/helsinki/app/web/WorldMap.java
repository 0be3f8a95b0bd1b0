package helsinki.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bundled world map (world-atlas 110m, Natural Earth; see NOTICE.md) as SVG path data, one path
 * per country keyed by ISO 3166-1 alpha-2, in an equirectangular projection. Decoded once; immutable.
 */
final class WorldMap {

  static final int WIDTH = 960;
  /** Latitudes shown: Antarctica and the far north only take room from the countries in the documents. */
  private static final double NORTH = 84;
  private static final double SOUTH = -58;
  static final int HEIGHT = (int) Math.round((NORTH - SOUTH) * WIDTH / 360.0);

  /** One country's outline; {@code code} is null for the few Natural Earth areas without an ISO code. */
  record Country(@Nullable String code, String name, String path) {}

  private final List<Country> countries;

  private WorldMap(List<Country> countries) {
    this.countries = List.copyOf(countries);
  }

  /** Reads the map from the program's resources. */
  static WorldMap load() {
    try (InputStream in = WorldMap.class.getResourceAsStream("/helsinki/app/web/world-110m.json")) {
      if (in == null) {
        throw new IllegalStateException("the world map is missing from the program");
      }
      return decode(Json.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the world map", e);
    }
  }

  List<Country> countries() {
    return countries;
  }

  /** Decodes TopoJSON: quantised, delta-encoded arcs shared by neighbouring polygons. */
  static WorldMap decode(JsonNode topology) {
    JsonNode t = topology.get("transform");
    double sx = t.get("scale").get(0).asDouble();
    double sy = t.get("scale").get(1).asDouble();
    double tx = t.get("translate").get(0).asDouble();
    double ty = t.get("translate").get(1).asDouble();
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topology.get("arcs")) {
      double[][] points = new double[arc.size()][];
      long x = 0;
      long y = 0;
      for (int i = 0; i < arc.size(); i++) {
        x += arc.get(i).get(0).asLong();
        y += arc.get(i).get(1).asLong();
        points[i] = new double[] {x * sx + tx, y * sy + ty};
      }
      arcs.add(points);
    }
    List<Country> countries = new ArrayList<>();
    for (JsonNode g : topology.get("objects").get("countries").get("geometries")) {
      String code = g.hasNonNull("id") ? g.get("id").asText() : null;
      if ("AQ".equals(code) || !g.has("arcs")) {
        continue;
      }
      StringBuilder d = new StringBuilder();
      JsonNode polygons = "Polygon".equals(g.get("type").asText()) ? Json.mapper().createArrayNode().add(g.get("arcs")) : g.get("arcs");
      for (JsonNode polygon : polygons) {
        for (JsonNode ring : polygon) {
          ring(d, ring, arcs);
        }
      }
      countries.add(new Country(code, g.path("properties").path("name").asText(code == null ? "" : code), d.toString()));
    }
    return new WorldMap(countries);
  }

  private static void ring(StringBuilder d, JsonNode ring, List<double[][]> arcs) {
    boolean first = true;
    for (JsonNode index : ring) {
      int i = index.asInt();
      double[][] arc = arcs.get(i >= 0 ? i : ~i);
      for (int k = 0; k < arc.length; k++) {
        double[] p = arc[i >= 0 ? k : arc.length - 1 - k];
        if (k == 0 && !first) {
          continue; // the arc starts where the previous one ended
        }
        d.append(first ? "M" : "L").append(fmt(x(p[0]))).append(',').append(fmt(y(p[1])));
        first = false;
      }
    }
    d.append('Z');
  }

  static double x(double lon) {
    return (lon + 180) * WIDTH / 360.0;
  }

  static double y(double lat) {
    return (NORTH - Math.max(SOUTH, Math.min(NORTH, lat))) * WIDTH / 360.0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** The fill of a country with {@code count} documents when the most is {@code max}: five steps of one hue. */
  static String fill(long count, long max) {
    if (count <= 0) {
      return "#e9ecef";
    }
    String[] steps = {"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
    double share = Math.log1p(count) / Math.log1p(Math.max(1, max));
    return steps[(int) Math.min(steps.length - 1, Math.floor(share * steps.length))];
  }

  /** Every country with its fill and count, for the map template. */
  List<Shape> shapes(Map<String, Long> counts) {
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return countries.stream().map(c -> {
      long n = c.code() == null ? 0 : counts.getOrDefault(c.code(), 0L);
      return new Shape(c.code(), c.name(), c.path(), fill(n, max), n);
    }).toList();
  }

  /** A country as the map draws it. */
  record Shape(@Nullable String code, String name, String path, String fill, long count) {}
}
