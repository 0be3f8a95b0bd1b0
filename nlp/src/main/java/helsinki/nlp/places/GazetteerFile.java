package helsinki.nlp.places;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the gazetteer resource (format in nlp/scripts/gazetteer/README.md) into a name index. */
final class GazetteerFile {

  static final String RESOURCE = "gazetteer.tsv";

  private GazetteerFile() {}

  /** Every place under each of its name keys, in file order. */
  static Map<String, List<Place>> read(InputStream in, String source) {
    Map<String, List<Place>> index = new HashMap<>(1 << 16);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          addRow(index, line.split("\t", -1));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              source + ":" + lineNumber + ": bad gazetteer row: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read the gazetteer", e);
    }
    return index;
  }

  private static void addRow(Map<String, List<Place>> index, String[] cells) {
    if (cells.length != 5) {
      throw new IllegalArgumentException("expected 5 tab-separated cells, found " + cells.length);
    }
    String[] names = cells[4].split("\\|");
    int population = Integer.parseInt(cells[3]);
    Place place =
        new Place(
            names[0],
            kind(cells[0]),
            cells[1],
            cells[2].isEmpty() ? null : cells[2],
            population > 0 ? population : null,
            cells[0].equals("CAPITAL"));
    for (String name : names) {
      List<Place> places = index.computeIfAbsent(Names.key(name), k -> new ArrayList<>(1));
      if (!places.contains(place)) {
        places.add(place);
      }
    }
  }

  private static Kind kind(String cell) {
    return switch (cell) {
      case "COUNTRY" -> Kind.COUNTRY;
      case "REGION" -> Kind.REGION;
      case "CITY", "CAPITAL" -> Kind.CITY;
      case "ADJECTIVE", "REGION_ADJECTIVE" -> Kind.ADJECTIVE;
      default -> throw new IllegalArgumentException("unknown kind " + cell);
    };
  }
}
