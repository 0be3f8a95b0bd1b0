package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import helsinki.nlp.places.Places.Mention;
import helsinki.nlp.places.Places.Resolved;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two example documents of the shared folder and their gold places. */
class ExamplesTest {

  static Gazetteer gazetteer;
  static final Path EXAMPLES = Path.of(System.getProperty("helsinki.shared", "../shared"), "examples");

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  static String text(String name) throws IOException {
    Path file = EXAMPLES.resolve(name + ".txt");
    assumeThat(Files.exists(file)).as("the shared examples are absent: " + file).isTrue();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static JsonNode gold(String name) throws IOException {
    return new ObjectMapper().readTree(Files.readString(EXAMPLES.resolve(name + ".gold.json"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hrf-letter-tillerson-2017-04-07", "hrw-tillerson-freeze-out-2017-04"})
  void gold_places_resolve_to_their_gold_country_from_ner_spans_and_from_the_scanner(String name)
      throws IOException {
    String text = text(name);
    List<Mention> spans = new ArrayList<>();
    List<String[]> expected = new ArrayList<>();
    for (JsonNode entity : gold(name).get("entities")) {
      if (!entity.get("type").asText().equals("PLACE")) {
        continue;
      }
      List<String> names = new ArrayList<>(List.of(entity.get("name").asText()));
      entity.get("aliases").forEach(a -> names.add(a.asText()));
      for (String n : names) {
        Matcher word = Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(text);
        if (word.find()) {
          int at = word.start();
          spans.add(new Mention(n, at, at + n.length()));
          expected.add(new String[] {n, entity.get("country").asText()});
        }
      }
    }
    assertThat(expected).isNotEmpty();
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Resolved> fromSpans = gazetteer.resolve(List.of(), spans, text.length()).resolved();
    List<Resolved> fromScanner = gazetteer.resolveText("", text).resolved();
    for (String[] e : expected) {
      assertThat(countryOf(fromSpans, e[0])).as("NER span " + e[0]).isEqualTo(e[1]);
      List<Mention> whole = gazetteer.scan(e[0]);
      if (whole.size() == 1 && whole.get(0).text().equals(e[0])) { // "eastern Ukraine" scans as "Ukraine"
        assertThat(countryOf(fromScanner, e[0])).as("scanned " + e[0]).isEqualTo(e[1]);
      }
    }
  }

  static String countryOf(List<Resolved> resolved, String name) {
    return resolved.stream()
        .filter(r -> r.mention().text().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .map(r -> r.place().country())
        .findFirst()
        .orElse("not found");
  }

  @Test
  void the_hrf_letter_is_about_russia_first() throws IOException {
    String text = text("hrf-letter-tillerson-2017-04-07");
    int firstBreak = text.indexOf('\n');
    Places places = gazetteer.resolveText(text.substring(0, firstBreak), text.substring(firstBreak));
    assertThat(places.countries()).first().isEqualTo("RU");
    assertThat(places.countries()).contains("UA", "US", "SY", "KP");
    assertThat(places.resolved()).anySatisfy(r -> assertThat(r.place().region()).isEqualTo("UA-43"));
    assertThat(places.resolved()).anySatisfy(r -> assertThat(r.place().region()).isEqualTo("RU-CE"));
  }

  @Test
  void the_hrw_dispatch_is_about_russia_first() throws IOException {
    Places places = gazetteer.resolveText("", text("hrw-tillerson-freeze-out-2017-04"));
    assertThat(places.countries()).first().isEqualTo("RU");
  }
}
