package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import helsinki.core.Certainty;
import helsinki.core.Count;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.Qualifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPatternTest {

  private static FakeDocument news(String text) {
    return new FakeDocument(DocumentKind.NEWS, "Regional Monitor", text);
  }

  private static List<EventType> types(String text) {
    return news(text).extract().events().stream().map(Event::type).toList();
  }

  @Test
  void each_pattern_names_its_type_in_a_sentence_of_its_own() {
    assertThat(types("Thousands of teachers protested outside the parliament on Monday.")).containsExactly(EventType.PROTEST);
    assertThat(types("Riot police fired tear gas at the crowd outside the court.")).containsExactly(EventType.PROTEST_REPRESSION);
    assertThat(types("Police detained 40 students after the vote.")).containsExactly(EventType.ARREST);
    assertThat(types("The lawyer was abducted by unidentified men last week.")).containsExactly(EventType.DISAPPEARANCE);
    assertThat(types("Former inmates said guards tortured them for days.")).containsExactly(EventType.TORTURE);
    assertThat(types("Two women were raped by soldiers at a checkpoint.")).containsExactly(EventType.SEXUAL_VIOLENCE);
    assertThat(types("The environmental activist was shot dead outside her home.")).containsExactly(EventType.KILLING);
    assertThat(types("A reporter was stabbed near the newspaper's office.")).containsExactly(EventType.ATTACK);
    assertThat(types("The editor has received death threats since the article appeared.")).containsExactly(EventType.PERSECUTION);
    assertThat(types("The court banned the opposition party's newspaper.")).containsExactly(EventType.RESTRICTION);
    assertThat(types("Air strikes hit a crowded market on Tuesday.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("The governor embezzled funds meant for the hospital.")).containsExactly(EventType.CORRUPTION);
    assertThat(types("Observers saw ballot stuffing at dozens of polling stations.")).containsExactly(EventType.ELECTION_INTERFERENCE);
  }

  @Test
  void a_sentence_that_lists_four_abuses_yields_the_four_types() {
    assertThat(types("Villagers described abductions, beatings, rape and killings by the militia in the valley."))
        .containsExactly(EventType.DISAPPEARANCE, EventType.TORTURE, EventType.SEXUAL_VIOLENCE, EventType.KILLING);
  }

  @Test
  void what_did_not_happen_is_feared_or_is_asked_to_end_is_no_event() {
    assertThat(types("No one was injured in the blaze. The activists fear they could be arrested at the border. "
        + "We call on the authorities to end the harassment of journalists. The costs of corruption are borne by the poor.")).isEmpty();
  }

  @Test
  void an_organisation_named_after_an_abuse_reports_none() {
    List<Event> events = news("The Committee against Torture met on Monday.")
        .entity(EntityType.ORGANIZATION, "Committee against Torture").extract().events();
    assertThat(events).isEmpty();
  }

  @Test
  void protesters_named_as_the_arrested_report_no_protest_of_their_own() {
    assertThat(types("Police arrested dozens of peaceful protesters on the main square.")).containsExactly(EventType.ARREST);
  }

  @Test
  void counts_victims_place_and_time_are_read_around_the_trigger() {
    Event e = news("The protests resulted in over 1,000 arrests of opposition figures, journalists, and students in Grozny on 3 May.")
        .region("Grozny", "RU", "RU-CE").quantity("over 1,000 arrests", 1000, Qualifier.OVER, "arrests")
        .time("on 3 May", LocalDate.of(2019, 5, 3)).extract().events().stream()
        .filter(x -> x.type() == EventType.ARREST).findFirst().orElseThrow();
    assertThat(e.counts()).containsExactly(new Count(1000, Qualifier.OVER, "arrests"));
    assertThat(e.victims()).isEqualTo("opposition figures, journalists, and students");
    assertThat(e.place().region()).isEqualTo("RU-CE");
    assertThat(e.when().start()).isEqualTo(LocalDate.of(2019, 5, 3));
    assertThat(e.evidence().quote()).startsWith("The protests resulted in over 1,000 arrests");
  }

  @Test
  void passive_victims_and_an_agent_after_by_are_read() {
    Event e = news("Two bloggers were detained by the National Security Service in Baku.")
        .entity(EntityType.GOVERNMENT, "National Security Service").place("Baku", "AZ").extract().events().get(0);
    assertThat(e.victims()).isEqualTo("Two bloggers");
    assertThat(e.actors()).containsExactly("E1");
    assertThat(e.place().country()).isEqualTo("AZ");
  }

  @Test
  void the_cue_nearest_the_trigger_gives_the_certainty() {
    List<Event> events = news("At least three deaths have been confirmed, with a fourth possible. "
        + "The mayor allegedly ordered beatings of the strikers. Reports indicate that the two men were abducted. "
        + "The journalist may have been poisoned.").extract().events();
    assertThat(events).extracting(Event::type, Event::certainty).containsExactly(
        tuple(EventType.KILLING, Certainty.CONFIRMED), tuple(EventType.TORTURE, Certainty.ALLEGED),
        tuple(EventType.DISAPPEARANCE, Certainty.REPORTED), tuple(EventType.ATTACK, Certainty.POSSIBLE));
  }

  @Test
  void the_same_happening_reported_twice_is_one_event_with_both_counts() {
    List<Event> events = news("Police detained 200 people in Minsk on Sunday. Rights groups said officers detained 250 people in Minsk on 9 August.")
        .place("Minsk", "BY").quantity("200 people", 200, Qualifier.EXACT, "people").quantity("250 people", 250, Qualifier.EXACT, "people")
        .time("on Sunday", LocalDate.of(2020, 8, 9)).time("on 9 August", LocalDate.of(2020, 8, 9)).extract().events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("V1");
      assertThat(e.counts()).extracting(Count::value).containsExactly(200L, 250L);
    });
  }

  @Test
  void a_report_that_refers_back_joins_the_earlier_event() {
    List<Event> events = news("A wave of protests swept 82 cities last month. The protests were the largest in years.")
        .quantity("82 cities", 82, Qualifier.EXACT, "cities").extract().events();
    assertThat(events).singleElement().satisfies(e -> assertThat(e.counts()).extracting(Count::value).containsExactly(82L));
  }

  @Test
  void types_that_name_a_upr_issue_carry_it_as_a_theme_spelled_as_upr_info_does() {
    List<Event> events = news("Police detained 40 students. The activist was shot dead.").extract().events();
    assertThat(events).extracting(Event::type, Event::themes).containsExactly(
        tuple(EventType.ARREST, List.of("Detention")), tuple(EventType.KILLING, List.of()));
  }

  @Test
  void corruption_of_a_named_official_names_the_actor_not_a_victim() {
    Event e = news("Auditors exposed the corrupt practices of Governor Amina Bello last year.")
        .entity(EntityType.PERSON, "Amina Bello", "Governor Amina Bello").extract().events().get(0);
    assertThat(e.actors()).containsExactly("E1");
    assertThat(e.victims()).isNull();
  }

  @Test
  void a_cue_far_from_the_trigger_in_a_long_sentence_leaves_it_reported() {
    Event e = news("The lawyer, who survived a poisoning in Kazan and has since returned to work at the city's bar association, "
        + "rejects the official claim that the country is free.")
        .extract().events().get(0);
    assertThat(e.type()).isEqualTo(EventType.ATTACK);
    assertThat(e.certainty()).isEqualTo(Certainty.REPORTED);
  }

  @Test
  void events_in_different_countries_stay_apart() {
    List<Event> events = news("Journalists were arrested in Egypt. Journalists were arrested in Turkey.")
        .place("Egypt", "EG").place("Turkey", "TR").extract().events();
    assertThat(events).extracting(e -> e.place().country()).containsExactly("EG", "TR");
  }
  @Test
  void shelling_mortars_rockets_and_aircraft_that_strike_are_military_force() {
    assertThat(types("Army artillery pounded the hills above Kalehe through the night.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Insurgents fired mortar rounds at the garrison in Tahoua.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Two rockets landed near the airport of Erbil on Sunday.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Militants fired a ballistic missile at the port of Mokha.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Government warplanes bombed a fuel depot outside Kutum.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("A drone struck a pick-up truck on the road to Sirte.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Residents fled after an air raid on the outskirts of Dilling.")).containsExactly(EventType.MILITARY_FORCE);
  }

  @Test
  void fighting_that_breaks_out_and_fire_traded_are_military_force() {
    assertThat(types("Heavy fighting was reported between the two militias in Zawiya.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Fighting broke out in the hills of Jonglei at dawn.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Clashes erupted near the market in Beledweyne on Friday.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Border guards and smugglers traded fire near Zahedan.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("A gun battle lasted three hours in the south of Cotabato.")).containsExactly(EventType.MILITARY_FORCE);
  }

  @Test
  void towns_and_posts_taken_or_regained_are_military_force() {
    assertThat(types("The army recaptured two villages in the Tigray highlands.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Rebels overran a police outpost near Bambari.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("The militia took over the district headquarters of Kajo Keji.")).containsExactly(EventType.MILITARY_FORCE);
    assertThat(types("Customs officers seized a cargo of cigarettes in Cotonou.")).isEmpty();
  }

  @Test
  void vigils_chanted_slogans_blocked_roads_and_stones_thrown_are_protests() {
    assertThat(types("Families held a candlelight vigil outside the prison in Tunis.")).containsExactly(EventType.PROTEST);
    assertThat(types("Students chanted anti-government slogans at the university gate in Tehran.")).containsExactly(EventType.PROTEST);
    assertThat(types("Villagers blocked the main highway to Cochabamba with rocks and trucks.")).containsExactly(EventType.PROTEST);
    assertThat(types("Youths pelted the convoy with stones in the old town of Hebron.")).containsExactly(EventType.PROTEST);
  }

  @Test
  void live_ammunition_shots_and_beatings_aimed_at_protesters_are_force_against_them() {
    assertThat(types("Troops used live rounds against demonstrators in Monywa.")).contains(EventType.PROTEST_REPRESSION);
    assertThat(types("A sniper shot into the crowd gathered at the square in Omdurman.")).contains(EventType.PROTEST_REPRESSION);
    assertThat(types("Officers clubbed striking miners outside the gate in Marikana.")).doesNotContain(EventType.PROTEST_REPRESSION);
    assertThat(types("Riot police beat peaceful marchers in Caracas.")).contains(EventType.PROTEST_REPRESSION);
  }

  @Test
  void a_ransom_and_someone_taken_away_are_an_abduction() {
    assertThat(types("The family of the priest in Enugu was asked for a ransom.")).containsExactly(EventType.DISAPPEARANCE);
    assertThat(types("The poet was taken away by plain-clothes officers in Yangon.")).containsExactly(EventType.DISAPPEARANCE);
  }

  @Test
  void hacked_or_beaten_to_death_with_words_between_is_a_killing() {
    assertThat(types("Herders hacked the farmer and his son to death in Kaduna.")).containsExactly(EventType.KILLING);
    assertThat(types("A suicide car bomb hit the gate of the ministry in Mogadishu.")).containsExactly(EventType.ATTACK);
  }

  @Test
  void beheading_is_a_killing_and_weapons_seized_are_no_military_force() {
    assertThat(types("Insurgents beheaded a village elder near Mueda.")).containsExactly(EventType.KILLING);
    assertThat(types("Security forces seized a haul of rifles and grenades near the border at Torkham.")).doesNotContain(EventType.MILITARY_FORCE);
    assertThat(types("Government forces seized the town of Bentiu from the rebels.")).containsExactly(EventType.MILITARY_FORCE);
  }

  @Test
  void bodies_found_people_found_dead_and_counted_deaths_are_killings() {
    assertThat(types("The body of the missing trade unionist was found in a canal outside Cali.")).containsExactly(EventType.KILLING);
    assertThat(types("The reporter was found dead in his flat in Tegucigalpa.")).containsExactly(EventType.KILLING);
    assertThat(types("Four miners died in the cells of the district station in Kolwezi.")).containsExactly(EventType.KILLING);
    assertThat(types("The minister's husband died of a cardiac arrest in Lima.")).isEmpty();
  }

  @Test
  void a_protest_held_a_class_boycott_and_a_gathering_to_demand_are_protests() {
    assertThat(types("Mothers held a silent protest outside the ministry in Asuncion.")).containsExactly(EventType.PROTEST);
    assertThat(types("Pupils boycotted classes in Soweto over the closure of their library.")).containsExactly(EventType.PROTEST);
    assertThat(types("Fishermen gathered at the harbour in Mombasa to demand compensation.")).containsExactly(EventType.PROTEST);
  }
}
