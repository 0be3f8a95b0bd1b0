package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import helsinki.core.Certainty;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.Evidence;
import helsinki.core.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HRDsAttack and CASE 2021 scoring rules, on hand-made events (no annotator needed). */
class EventEvaluationsTest {

  @TempDir Path dir;

  private static Event event(EventType type, int start, String quote) {
    return new Event("V1", type, List.of(), null, null, null, List.of(), Certainty.REPORTED, List.of(), new Evidence(start, start + quote.length(), quote));
  }

  @Test
  void a_disappearance_is_a_kidnapping_or_an_enforced_disappearance_by_its_own_words() {
    assertThat(HrdsAttackTypes.labels(event(EventType.DISAPPEARANCE, 0, "Gunmen kidnapped the pastor."))).containsExactly("kidnapping");
    assertThat(HrdsAttackTypes.labels(event(EventType.DISAPPEARANCE, 0, "The activist was disappeared by the police.")))
        .containsExactly("enforced disappearance");
    assertThat(HrdsAttackTypes.labels(event(EventType.PROTEST, 0, "Teachers protested."))).isEmpty();
  }

  @Test
  void an_article_without_violations_is_unknown_and_a_background_mention_far_below_the_lead_is_dropped() {
    assertThat(HrdsAttackTypes.labels(List.of(), "Nothing happened.")).containsExactly("unknown");
    String text = "Lead one.\n\nLead two.\n\nLead three.\n\nLead four.\n\nBackground.";
    int background = text.indexOf("Background");
    List<Event> events = List.of(event(EventType.ARREST, 0, "Police arrested the lawyer."),
        event(EventType.ARREST, 10, "She was detained for a week."), event(EventType.KILLING, background, "A colleague was killed in 2009."));
    assertThat(HrdsAttackTypes.labels(events, text)).containsExactly("arbitrary detention");
  }

  private static Event event(EventType type, int start, String quote, String victims) {
    return new Event("V1", type, List.of(), victims, null, null, List.of(), Certainty.REPORTED, List.of(), new Evidence(start, start + quote.length(), quote));
  }

  @Test
  void a_conviction_without_detention_or_the_arrest_of_someone_for_a_crime_is_no_arbitrary_detention() {
    assertThat(HrdsAttackTypes.labels(event(EventType.ARREST, 0, "The former mayor was convicted of fraud in Lyon."))).isEmpty();
    assertThat(HrdsAttackTypes.labels(event(EventType.ARREST, 0, "Police arrested a man in Jos for allegedly kidnapping a trader."))).isEmpty();
    assertThat(HrdsAttackTypes.labels(event(EventType.ARREST, 0, "The union leader was arrested in Dhaka after the strike.")))
        .containsExactly("arbitrary detention");
  }

  @Test
  void detention_needs_more_of_the_heaviest_labels_weight_than_the_threats_of_other() {
    String text = "Lead.";
    List<Event> events = List.of(event(EventType.KILLING, 0, "The activist was shot dead."), event(EventType.KILLING, 0, "She was killed at home."),
        event(EventType.KILLING, 0, "Her killing shocked the town."), event(EventType.ARREST, 0, "Her brother was detained in 2015."),
        event(EventType.PERSECUTION, 0, "She had received death threats."));
    // killing weighs 9, detention and other 3 each: a third of 9 is above detention's 0.3 share and other's 0.1.
    assertThat(HrdsAttackTypes.labels(events, text)).containsExactlyInAnyOrder("killing", "arbitrary detention", "other");
    List<Event> more = new java.util.ArrayList<>(events);
    more.add(event(EventType.KILLING, 0, "A second activist was killed."));
    more.add(event(EventType.KILLING, 0, "Another was murdered."));
    // killing weighs 15 now: detention's 3 is under 0.3 of it, other's 3 over 0.1 of it.
    assertThat(HrdsAttackTypes.labels(more, text)).containsExactlyInAnyOrder("killing", "other");
  }

  @Test
  void strikes_and_clashes_outweigh_their_deaths_and_an_attack_on_a_base_is_a_clash() {
    assertThat(Case2021.family(List.of(event(EventType.KILLING, 0, "Four people were killed in an air strike on Kafr Nabl."),
        event(EventType.MILITARY_FORCE, 0, "Four people were killed in an air strike on Kafr Nabl.")))).isEqualTo("MILITARY_FORCE");
    assertThat(Case2021.family(List.of(event(EventType.ATTACK, 0, "Gunmen attacked an army checkpoint near Diffa.")))).isEqualTo("MILITARY_FORCE");
    assertThat(Case2021.family(List.of(event(EventType.ATTACK, 0, "Gunmen attacked a wedding near Diffa.")))).isEqualTo("ATTACK");
    assertThat(Case2021.family(List.of(event(EventType.ATTACK, 0, "A suicide bomber attacked an army checkpoint near Diffa.")))).isEqualTo("ATTACK");
  }

  @Test
  void landmines_roadside_bombs_mobs_and_disasters_are_not_covered() {
    assertThat(Case2021.family(List.of(event(EventType.KILLING, 0, "A landmine killed two herders near Kidal.")))).isEqualTo(Case2021.NOT_COVERED);
    assertThat(Case2021.family(List.of(event(EventType.ATTACK, 0, "A roadside bomb wounded three soldiers in Helmand.")))).isEqualTo(Case2021.NOT_COVERED);
    assertThat(Case2021.family(List.of(event(EventType.KILLING, 0, "A mob lynched a man accused of theft in Arusha.")))).isEqualTo(Case2021.NOT_COVERED);
    assertThat(Case2021.family(List.of(event(EventType.KILLING, 0, "Floods killed twelve people in Sindh.")))).isEqualTo(Case2021.NOT_COVERED);
  }

  @Test
  void protesters_arrested_are_a_protest_and_police_who_kill_during_a_protest_use_excessive_force() {
    String q = "Police arrested 20 demonstrators in Almaty.";
    assertThat(Case2021.family(List.of(event(EventType.ARREST, 0, q, "20 demonstrators")))).isEqualTo("PROTEST");
    String k = "Police shot dead a teacher during a protest in Nakuru.";
    assertThat(Case2021.family(List.of(event(EventType.KILLING, 0, k), event(EventType.PROTEST, 0, k)))).isEqualTo("PROTEST_REPRESSION");
    String v = "Protesters threw stones at the police in Nakuru.";
    assertThat(Case2021.family(List.of(event(EventType.PROTEST, 0, v)))).isEqualTo("PROTEST");
  }

  @Test
  void hrdsattack_scores_label_pairs_micro_averaged_as_upstream_does() {
    var a = new HrdsAttackTypes.Article("1", "t", "x", "d", Set.of("killing", "torture"));
    var b = new HrdsAttackTypes.Article("2", "t", "x", "d", Set.of("arbitrary detention"));
    Map<String, Set<String>> ours = Map.of("1", Set.of("killing"), "2", Set.of("arbitrary detention", "other"));
    LabelScores s = HrdsAttackTypes.score(List.of(a, b), x -> ours.get(x.id()));
    assertThat(s.precision()).isEqualTo(2.0 / 3);
    assertThat(s.recall()).isEqualTo(2.0 / 3);
  }

  @Test
  void a_snippet_takes_its_first_events_family_and_a_protest_met_with_harm_is_force_against_protesters() {
    assertThat(Case2021.family(List.of(event(EventType.KILLING, 0, "x"), event(EventType.ARREST, 5, "y")))).isEqualTo("ATTACK");
    assertThat(Case2021.family(List.of(event(EventType.PROTEST, 0, "x"), event(EventType.PROTEST_REPRESSION, 5, "y")))).isEqualTo("PROTEST");
    assertThat(Case2021.family(List.of(event(EventType.PROTEST_REPRESSION, 0, "x"), event(EventType.KILLING, 5, "y"))))
        .isEqualTo("PROTEST_REPRESSION");
    assertThat(Case2021.family(List.of(event(EventType.CORRUPTION, 0, "x")))).isEqualTo(Case2021.NOT_COVERED);
  }

  @Test
  void case2021_weights_covered_families_by_support_and_counts_uncovered_snippets_against_precision() {
    List<Case2021.Snippet> snippets = List.of(new Case2021.Snippet("1", "a", "ARREST"), new Case2021.Snippet("2", "b", "ARREST"),
        new Case2021.Snippet("3", "c", "GRENADE"), new Case2021.Snippet("4", "d", "NATURAL_DISASTER"));
    Map<String, String> ours = Map.of("1", "ARREST", "2", "ARREST", "3", "ATTACK", "4", "ATTACK");
    LabelScores s = Case2021.score(snippets, x -> ours.get(x.id()));
    assertThat(s.items()).isEqualTo(3);
    // ARREST: F1 1 on support 2; ATTACK: precision 1/2, recall 1, F1 2/3 on support 1.
    assertThat(s.f1()).isCloseTo((2 * 1.0 + 2.0 / 3) / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void a_case2021_file_with_a_broken_row_is_refused_with_its_name() throws Exception {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "id\tEventSnippet\tSubType\n1\tonly two columns\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Case2021.read(tsv)).isInstanceOf(InputException.class).hasMessageContaining("bad.tsv");
  }
}
