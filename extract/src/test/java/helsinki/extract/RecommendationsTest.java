package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.Fingerprint;
import helsinki.core.Span;
import helsinki.nlp.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

  private static Recommendations reader;

  /** A review report's end in the UN's layout, written for this test. */
  private static final String REPORT = String.join("\n",
      "Report of the Working Group on the Universal Periodic Review",
      "Kenya",
      "1. The review of Kenya was held at the 3rd meeting. Norway urged Kenya to repeal the Public Order Act.",
      "II. Conclusions and/or recommendations",
      "141. The following recommendations will be examined by Kenya, which will provide responses in due time:",
      "141.1 Consider ratifying the Optional Protocol to the Convention against Torture (OP-CAT) (Brazil);",
      "141.2 Repeal the provisions of the Public Benefit Organizations Act that cap foreign funding (Germany, Sweden);",
      "141.3 Continue its efforts to protect journalists from threats (Chile); Investigate all killings of land rights defenders (Iran (Islamic Republic of));",
      "** The conclusions and recommendations have not been edited.",
      "141.4 Release every person held for taking part in peaceful protests (Canada).",
      "142. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).");

  @BeforeAll
  static void load() {
    reader = new Recommendations(Gazetteer.load());
  }

  private static Document report(String text) {
    return new Document("d-0000000000", "test", "text/plain", null, null, null, List.<Author>of(), null, "en",
        DocumentKind.REPORT, List.of(), text, List.of(), new Fingerprint("0000000000", new int[0]));
  }

  private static String name(Recommendations.Found f, String id) {
    return f.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name();
  }

  @Test
  void each_numbered_recommendation_is_asked_by_its_bracketed_state_of_the_state_under_review() {
    Recommendations.Found f = reader.read(report(REPORT), List.of());
    assertThat(f.asks()).extracting(a -> name(f, a.requester()))
        .containsExactly("Brazil", "Germany", "Sweden", "Chile", "Iran", "Canada");
    assertThat(f.asks()).allSatisfy(a -> assertThat(name(f, a.target())).isEqualTo("Kenya"));
    assertThat(f.asks()).extracting(Ask::action).containsExactly(
        AskAction.ADOPT, AskAction.REPEAL, AskAction.REPEAL, AskAction.PROTECT, AskAction.INVESTIGATE, AskAction.RELEASE);
    assertThat(f.entities()).allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.GOVERNMENT));
    assertThat(f.entities()).extracting(Entity::country).contains("KE", "BR", "DE", "SE", "CL", "IR", "CA");
  }

  @Test
  void a_recommendation_made_by_several_states_is_one_evidence_with_one_ask_per_state() {
    Recommendations.Found f = reader.read(report(REPORT), List.of());
    List<Evidence> evidence = f.asks().stream().map(Ask::evidence).distinct().toList();
    assertThat(evidence).hasSize(5);
    assertThat(evidence.get(1).quote())
        .isEqualTo("141.2 Repeal the provisions of the Public Benefit Organizations Act that cap foreign funding (Germany, Sweden);");
  }

  @Test
  void two_recommendations_under_one_number_split_after_the_first_ones_states() {
    Recommendations.Found f = reader.read(report(REPORT), List.of());
    assertThat(f.asks().get(3).evidence().quote()).isEqualTo("141.3 Continue its efforts to protect journalists from threats (Chile);");
    assertThat(f.asks().get(4).evidence().quote())
        .isEqualTo("Investigate all killings of land rights defenders (Iran (Islamic Republic of));");
    assertThat(f.asks().get(4).object()).isEqualTo("all killings of land rights defenders");
  }

  @Test
  void acronyms_in_brackets_are_no_states_and_footnotes_and_paragraphs_end_a_recommendation() {
    Recommendations.Found f = reader.read(report(REPORT), List.of());
    assertThat(f.asks().get(0).evidence().quote()).endsWith("(OP-CAT) (Brazil);");
    assertThat(f.asks()).noneSatisfy(a -> assertThat(a.evidence().quote()).containsAnyOf("edited", "submitting"));
    assertThat(f.asks().get(5).evidence().quote()).endsWith("(Canada).");
  }

  @Test
  void an_entity_the_annotator_found_for_a_state_is_reused() {
    Entity kenya = new Entity("E1", EntityType.PLACE, "Kenya", List.of(), List.of(), "KE", List.of(new Span(61, 66)));
    Recommendations.Found f = reader.read(report(REPORT), List.of(kenya));
    assertThat(f.asks()).allSatisfy(a -> assertThat(a.target()).isEqualTo("E1"));
    assertThat(f.entities()).filteredOn(e -> e.name().equals("Kenya")).hasSize(1);
  }

  @Test
  void without_a_gazetteer_bracketed_names_that_are_not_acronyms_count_as_states() {
    Recommendations.Found f = new Recommendations(null).read(report(REPORT), List.of());
    assertThat(f.asks()).hasSize(6);
    assertThat(f.entities()).extracting(Entity::name).contains("Kenya", "Iran (Islamic Republic of)");
  }

  @Test
  void prose_with_a_few_bracketed_names_is_no_list() {
    Recommendations.Found f = reader.read(report(
        "The delegation thanked the troika (Peru).\n2.1 Growth rose to 5 per cent (Kenya).\nNothing else was said."), List.of());
    assertThat(f.asks()).isEmpty();
  }

  @Test
  void merge_keeps_the_lists_ask_where_a_sentence_ask_covers_the_same_words_and_numbers_all() {
    Recommendations.Found f = reader.read(report(REPORT), List.of());
    int at = REPORT.indexOf("Norway urged");
    Ask reported = new Ask("A1", "E9", "E1", AskAction.REPEAL, "the Public Order Act", List.of(), null, null, null, null, List.of(),
        Evidence.of(REPORT, at, at + 30));
    int inList = REPORT.indexOf("Repeal the provisions");
    Ask duplicate = new Ask("A2", null, null, AskAction.REPEAL, "x", List.of(), null, null, null, null, List.of(),
        Evidence.of(REPORT, inList, inList + 10));
    List<Ask> merged = Recommendations.merge(List.of(reported, duplicate), f.asks());
    assertThat(merged).hasSize(7);
    assertThat(merged.get(0).evidence().quote()).startsWith("Norway urged");
    assertThat(merged).extracting(Ask::id).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7");
  }

  @Test
  void a_recommendations_action_is_its_verb_after_words_that_only_say_how_hard_to_try() {
    assertThat(Verbs.lead("Consider ratifying the Rome Statute").action()).isEqualTo(AskAction.ADOPT);
    assertThat(Verbs.lead("Continue its efforts to protect the rights of migrants").action()).isEqualTo(AskAction.PROTECT);
    assertThat(Verbs.lead("Take all necessary measures to end child marriage").action()).isEqualTo(AskAction.END);
    assertThat(Verbs.lead("Make every effort to eliminate torture").action()).isEqualTo(AskAction.END);
    assertThat(Verbs.lead("Continue to intensify its efforts to further promote women's rights").action()).isEqualTo(AskAction.PROTECT);
    assertThat(Verbs.lead("Strengthen the protection of children from labour").action()).isEqualTo(AskAction.PROTECT);
    assertThat(Verbs.lead("Raise awareness of the new law among judges").action()).isEqualTo(AskAction.OTHER);
    assertThat(Verbs.lead("Continue the process of making laws compliant").action()).isEqualTo(AskAction.OTHER);
    assertThat(Verbs.lead("Strengthen the judiciary").action()).isEqualTo(AskAction.OTHER);
  }
}
