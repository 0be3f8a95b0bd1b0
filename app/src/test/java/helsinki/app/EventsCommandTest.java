package helsinki.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import helsinki.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helsinki events} on a library of three short news reports of our own, ingested once for the
 * class with the full analysis: two publishers' reports of one day's arrests in Minsk and a killing in Baku.
 */
class EventsCommandTest {

  @TempDir static Path dir;
  private static String data;

  @BeforeAll
  static void ingest() throws IOException {
    data = dir.resolve("data").toString();
    Cli r = Cli.run("ingest", "--data", data,
        write("courier.html", "Minsk Daily Courier", "2020-08-10", "Hundreds detained in Minsk after the vote",
            "Police detained more than 200 people in Minsk on 9 August, as crowds gathered in the city centre after the polls closed."),
        write("wire.html", "Baltic Wire Service", "2020-08-11", "Belarus: thousands held after election night",
            "The interior ministry said on Tuesday that 3,000 people were arrested in Minsk on 9 August."),
        write("herald.html", "Caspian Herald", "2021-03-15", "Journalist killed in Baku",
            "Unknown gunmen shot dead a journalist in Baku on Friday, his newspaper said."));
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static String write(String name, String publisher, String date, String title, String lead) throws IOException {
    String html = "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + publisher + "\">"
        + "<meta property=\"article:published_time\" content=\"" + date + "\"></head><body><article><h1>" + title + "</h1>"
        + "<p>" + lead + "</p><p>Families and colleagues waited through the night for news, and lawyers said they had been"
        + " refused access to the people they represent until the morning.</p></article></body></html>";
    Path p = dir.resolve(name);
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      nodes.add(Json.mapper().readTree(line));
    }
    return nodes;
  }

  @Test
  void events_json_lists_the_arrests_once_with_two_sources_and_both_counts_and_the_killing_apart() throws IOException {
    Cli r = Cli.run("events", "--data", data, "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> events = lines(r.out());
    assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("ARREST", "KILLING");
    JsonNode arrests = events.get(0);
    assertThat(arrests.get("sources").asInt()).isEqualTo(2);
    assertThat(arrests.get("publishers")).extracting(JsonNode::asText).containsExactlyInAnyOrder("Minsk Daily Courier",
        "Baltic Wire Service");
    assertThat(arrests.get("countsDisagree").asBoolean()).isTrue();
    assertThat(arrests.get("reports")).extracting(rep -> rep.get("counts").get(0).get("value").asLong())
        .containsExactlyInAnyOrder(200L, 3000L);
    assertThat(arrests.get("reports")).allSatisfy(rep -> {
      assertThat(rep.get("certainty").asText()).isNotBlank();
      assertThat(rep.get("evidence").get("quote").asText()).contains("Minsk");
    });
    assertThat(events.get(1).get("sources").asInt()).isEqualTo(1);
  }

  @Test
  void events_filter_by_country_and_type_and_print_text_with_a_total() {
    Cli r = Cli.run("events", "--data", data, "--country", "by", "--type", "arrest", "--from", "2020-08-01", "--to", "2020-08-31");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("ARREST").contains("2 sources, counts disagree").contains("OVER 200 people")
        .contains("EXACT 3000 people").endsWith("1 events" + System.lineSeparator());
    assertThat(Cli.run("events", "--data", data, "--country", "AZ", "--type", "arrest").out()).contains("0 events");
  }

  @Test
  void a_bad_type_country_or_period_is_a_one_line_usage_error() {
    for (String[] args : List.of(new String[] {"--type", "RIOT"}, new String[] {"--country", "Belarus"},
        new String[] {"--from", "2021-02-30"}, new String[] {"--from", "2021-03-01", "--to", "2021-02-01"})) {
      List<String> line = new ArrayList<>(List.of("events", "--data", data));
      line.addAll(List.of(args));
      Cli r = Cli.run(line.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines()).as(r.err()).singleElement().satisfies(l -> assertThat(l).contains(args[0]));
      assertThat(r.out()).isEmpty();
    }
  }
}
