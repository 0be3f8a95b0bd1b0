package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Count;
import helsinki.core.EventType;
import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library events over three short news reports of our own, analysed once for the class with the real
 * annotator: two publishers' reports of the same arrests in Minsk, with different counts, and a killing
 * in Baku months later.
 */
class EventGroupsTest {

  private static final String COURIER = """
      <html><head><title>Hundreds detained in Minsk after the vote</title>
      <meta property="og:site_name" content="Minsk Daily Courier">
      <meta property="article:published_time" content="2020-08-10"></head>
      <body><article><h1>Hundreds detained in Minsk after the vote</h1>
      <p>Police detained more than 200 people in Minsk on 9 August, as crowds gathered in the city centre
      after the polls closed.</p>
      <p>Families waited outside the police stations through the night for news of their relatives.
      Lawyers said they had been refused access to their clients until the morning.</p>
      </article></body></html>
      """;

  private static final String WIRE = """
      <html><head><title>Belarus: thousands held after election night</title>
      <meta property="og:site_name" content="Baltic Wire Service">
      <meta property="article:published_time" content="2020-08-11"></head>
      <body><article><h1>Belarus: thousands held after election night</h1>
      <p>The interior ministry said on Tuesday that 3,000 people were arrested in Minsk on 9 August.</p>
      <p>Independent observers reported long queues at polling stations across the country and said that
      the count was not open to them.</p>
      </article></body></html>
      """;

  private static final String HERALD = """
      <html><head><title>Journalist killed in Baku</title>
      <meta property="og:site_name" content="Caspian Herald">
      <meta property="article:published_time" content="2021-03-15"></head>
      <body><article><h1>Journalist killed in Baku</h1>
      <p>The State Security Service killed the journalist Elvin Rahimov in Baku on 12 March, his newspaper said.</p>
      <p>Colleagues gathered at the newspaper's office on Saturday to remember him and his reporting on
      the city's housing market.</p>
      </article></body></html>
      """;

  @TempDir static Path dir;
  private static Library library;

  @BeforeAll
  static void ingestOnce() throws IOException {
    Analyzer analyzer = Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null);
    library = Library.open(new LibraryLocation(dir.resolve("data"), null), analyzer);
    library.ingest(List.of(write("courier.html", COURIER), write("wire.html", WIRE), write("herald.html", HERALD)),
        IngestListener.NONE);
  }

  @AfterAll
  static void close() {
    library.close();
  }

  private static String write(String name, String html) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static List<EventGroupView> arrests() {
    return library.events(new EventFilter(null, EventType.ARREST, null, null, null));
  }

  @Test
  void two_publishers_reports_of_the_same_arrests_are_one_event_with_both_counts_side_by_side() {
    assertThat(arrests()).singleElement().satisfies(g -> {
      assertThat(g.sources()).isEqualTo(2);
      assertThat(g.publishers()).containsExactlyInAnyOrder("Minsk Daily Courier", "Baltic Wire Service");
      assertThat(g.reports()).extracting(r -> r.counts().stream().map(Count::value).toList())
          .containsExactlyInAnyOrder(List.of(200L), List.of(3000L));
      assertThat(g.countsDisagree()).isTrue();
      assertThat(g.places()).extracting(p -> p.country()).containsOnly("BY");
      assertThat(g.from()).isEqualTo(LocalDate.of(2020, 8, 9));
      assertThat(g.reports()).allSatisfy(r -> assertThat(r.evidence().quote()).containsIgnoringCase("Minsk"));
    });
  }

  @Test
  void the_killing_in_baku_stays_apart_with_one_source() {
    List<EventGroupView> all = library.events(EventFilter.all());
    assertThat(all).extracting(EventGroupView::type).containsExactly(EventType.ARREST, EventType.KILLING);
    assertThat(all.get(1).sources()).isEqualTo(1);
    assertThat(all.get(1).countsDisagree()).isFalse();
    assertThat(library.events(new EventFilter("az", null, null, null, null))).extracting(EventGroupView::type)
        .containsExactly(EventType.KILLING);
  }

  @Test
  void an_actor_selects_the_events_it_took_part_in_by_name_or_canonical_id() {
    List<EventGroupView> killings = library.events(new EventFilter(null, null, null, null, "State Security Service"));
    assertThat(killings).singleElement().satisfies(g -> assertThat(g.type()).isEqualTo(EventType.KILLING));
    EventGroupView.Actor actor = killings.get(0).reports().get(0).actors().get(0);
    assertThat(actor.name()).isEqualTo("State Security Service");
    assertThat(actor.actor()).isNotNull();
    assertThat(library.events(new EventFilter(null, null, null, null, actor.actor()))).extracting(EventGroupView::id)
        .containsExactly(killings.get(0).id());
    assertThat(library.events(new EventFilter(null, null, null, null, "Nobody Atall"))).isEmpty();
  }

  @Test
  void a_period_selects_the_events_whose_days_meet_it() {
    assertThat(library.events(new EventFilter(null, null, LocalDate.of(2021, 1, 1), null, null)))
        .extracting(EventGroupView::type).containsExactly(EventType.KILLING);
    assertThat(library.events(new EventFilter("BY", null, LocalDate.of(2020, 8, 1), LocalDate.of(2020, 8, 31), null)))
        .singleElement().satisfies(g -> assertThat(g.sources()).isEqualTo(2));
    assertThat(library.events(new EventFilter("UA", null, null, null, null))).isEmpty();
  }

  @Test
  void analysing_the_library_again_does_not_duplicate_its_events() {
    List<EventGroupView> before = library.events(EventFilter.all());
    library.reanalyze(IngestListener.NONE);
    List<EventGroupView> after = library.events(EventFilter.all());
    assertThat(after).hasSameSizeAs(before);
    assertThat(after).extracting(EventGroupView::id).containsExactlyElementsOf(before.stream().map(EventGroupView::id).toList());
    assertThat(arrests()).singleElement().satisfies(g -> assertThat(g.reports()).hasSize(2));
  }
}
