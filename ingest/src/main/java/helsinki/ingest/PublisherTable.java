package helsinki.ingest;

import helsinki.core.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who publishes what: organisations by web domain and by signatory. The built-in table ships as
 * {@code publishers.tsv} beside this class; a user's {@code publishers.tsv} in the data folder adds
 * entries and overrides built-in ones. Immutable.
 */
final class PublisherTable {

  static final String FILE_NAME = "publishers.tsv";
  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

  private final Map<String, String> byDomain;
  private final Map<String, String> bySignatory;

  private PublisherTable(Map<String, String> byDomain, Map<String, String> bySignatory) {
    this.byDomain = Map.copyOf(byDomain);
    this.bySignatory = Map.copyOf(bySignatory);
  }

  /** The table that ships with Helsinki. */
  static PublisherTable builtIn() {
    try (InputStream in = PublisherTable.class.getResourceAsStream(FILE_NAME)) {
      if (in == null) {
        throw new IllegalStateException("the built-in " + FILE_NAME + " is not on the class path");
      }
      Map<String, String> domains = new HashMap<>();
      Map<String, String> signatories = new HashMap<>();
      parse(FILE_NAME, read(in), domains, signatories);
      return new PublisherTable(domains, signatories);
    } catch (IOException | InputException e) {
      throw new IllegalStateException("the built-in " + FILE_NAME + " is broken: " + e.getMessage(), e);
    }
  }

  /** This table with the entries of a user's file added; a missing file adds nothing. */
  PublisherTable withFile(Path file) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return this;
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read the publisher table: " + e.getMessage(), e);
    }
    Map<String, String> domains = new HashMap<>(byDomain);
    Map<String, String> signatories = new HashMap<>(bySignatory);
    parse(file.toString(), lines, domains, signatories);
    return new PublisherTable(domains, signatories);
  }

  private static List<String> read(InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void parse(String name, List<String> lines, Map<String, String> domains, Map<String, String> signatories)
      throws InputException {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = lines.get(i).replace("\ufeff", "").split("\t");
      if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new InputException(name, "line " + (i + 1) + " is not 'key<TAB>organisation'");
      }
      String key = cells[0].strip();
      String lower = key.toLowerCase(Locale.ROOT);
      if (DOMAIN.matcher(lower).matches()) {
        domains.put(lower, cells[1].strip());
      } else {
        signatories.put(nameKey(key), cells[1].strip());
      }
    }
  }

  /** The organisation whose web domain (or a parent domain of it) serves {@code url}. */
  Optional<String> forUrl(String url) {
    String host = host(url);
    while (host != null && host.contains(".")) {
      String org = byDomain.get(host);
      if (org != null) {
        return Optional.of(org);
      }
      host = host.substring(host.indexOf('.') + 1);
    }
    return Optional.empty();
  }

  /** The organisation that {@code signatory} leads, by name as signed. */
  Optional<String> forSignatory(String signatory) {
    return Optional.ofNullable(bySignatory.get(nameKey(signatory)));
  }

  /** Every organisation the table knows, so that a signature line naming one can be read. */
  List<String> organisations() {
    return byDomain.values().stream().distinct().toList();
  }

  private static @Nullable String host(String url) {
    if (!url.contains("://")) {
      return null;
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
    } catch (IllegalArgumentException e) {
      // Not a URL after all (a path with odd characters): no host, so no publisher from it.
      return null;
    }
  }

  private static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
  }
}
