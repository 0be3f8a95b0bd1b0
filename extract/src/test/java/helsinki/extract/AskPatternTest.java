package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Channel;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskPatternTest {

  private static List<Ask> asks(FakeDocument d) {
    return d.extract().asks();
  }

  @Test
  void we_urge_you_makes_the_addressee_the_target_and_the_publisher_the_requester() {
    List<Ask> asks = asks(FakeDocument.letter("Amnesty Nordic", "Minister Sofia Lindqvist",
        "Dear Minister Lindqvist:\nWe urge you to release the three journalists held in Asmara since 2019."));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.action()).isEqualTo(AskAction.RELEASE);
      assertThat(a.object()).isEqualTo("the three journalists held in Asmara since 2019");
      assertThat(a.evidence().quote()).startsWith("We urge you to release");
    });
  }

  @Test
  void it_is_imperative_that_you_reads_the_verb_after_the_last_you_of_the_clause() {
    List<Ask> asks = asks(FakeDocument.letter("Freedom Watch Asia", "Ambassador Kenji Mori",
        "It is imperative that, in the meetings you hold in Dhaka, you condemn the killings of bloggers."));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.action()).isEqualTo(AskAction.CONDEMN);
      assertThat(a.object()).isEqualTo("the killings of bloggers");
    });
  }

  @Test
  void raise_with_names_counterparts_but_meet_with_and_join_with_do_not() {
    List<Ask> asks = asks(FakeDocument.letter("Pen Eurasia", "Secretary Lena Holm",
        "We urge you to make clear to President Tokayev that torture must end, in your talks with President Tokayev. "
            + "We join with Senator Ruth Hale in urging you to meet with President Tokayev’s critics.")
        .entity(EntityType.PERSON, "Kassym-Jomart Tokayev", "President Tokayev")
        .entity(EntityType.PERSON, "Ruth Hale", "Senator Ruth Hale"));
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.RAISE, AskAction.MEET);
    assertThat(asks.get(0).object()).startsWith("to President Tokayev that torture must end");
    assertThat(asks.get(0).counterparts()).containsExactly("E3");
    assertThat(asks.get(1).counterparts()).isEmpty();
  }

  @Test
  void it_is_vital_and_important_that_you_are_asks_too() {
    List<Ask> asks = asks(FakeDocument.letter("Pen Balkans", "Commissioner Anna Novak",
        "It is vital that you press for access to the prisons. It is important that you investigate the deaths in custody."));
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.RAISE, AskAction.INVESTIGATE);
  }

  @Test
  void we_hope_you_will_with_a_nested_urging_keeps_the_addressee_as_target_and_the_final_actor_as_counterpart() {
    List<Ask> asks = asks(FakeDocument.letter("Civil Rights Defenders", "Secretary Maria Ortiz",
        "We hope you will urge Hungarian officials—both publicly and privately—to repeal the law on foreign funding.")
        .entity(EntityType.GOVERNMENT, "Hungarian officials"));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.action()).isEqualTo(AskAction.RAISE);
      assertThat(a.counterparts()).containsExactly("E3");
      assertThat(a.channel()).isEqualTo(Channel.BOTH);
      assertThat(a.object()).contains("to repeal the law on foreign funding");
    });
  }

  @Test
  void we_join_others_in_urging_you_is_the_publishers_ask() {
    List<Ask> asks = asks(FakeDocument.letter("Front Line Advocates", "Chancellor Otto Brandt",
        "We join with the forty members of parliament who have urged you to meet with the families of the disappeared."));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.action()).isEqualTo(AskAction.MEET);
    });
  }

  @Test
  void now_would_be_a_good_time_for_you_to_is_an_ask() {
    List<Ask> asks = asks(FakeDocument.letter("Asia Rights Forum", "Minister Lee Park",
        "Now would be an excellent time for you to support the independent media fund in Myanmar."));
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.SUPPORT);
  }

  @Test
  void we_call_on_a_named_government_makes_it_the_target() {
    List<Ask> asks = asks(new FakeDocument(DocumentKind.STATEMENT, "Lawyers for Lawyers",
        "We call on the Government of Azerbaijan to end the prosecution of defence lawyers.")
        .entity(EntityType.ORGANIZATION, "Lawyers for Lawyers")
        .entity(EntityType.GOVERNMENT, "Government of Azerbaijan"));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.action()).isEqualTo(AskAction.END);
    });
  }

  @Test
  void x_should_press_y_asks_x_and_names_y_as_counterpart() {
    List<Ask> asks = asks(new FakeDocument(DocumentKind.NEWS, "Rights Monitor",
        "The European Union should press Egypt to free Alaa Abd El-Fattah before the summit.")
        .entity(EntityType.ORGANIZATION, "Rights Monitor")
        .entity(EntityType.GOVERNMENT, "European Union")
        .entity(EntityType.PLACE, "Egypt"));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.counterparts()).containsExactly("E3");
      assertThat(a.action()).isEqualTo(AskAction.RAISE);
    });
  }

  @Test
  void a_reported_urging_keeps_its_own_requester_not_the_publisher() {
    List<Ask> asks = asks(FakeDocument.letter("Nordic Helsinki Group", "Minister Jonas Berg",
        "We noted that the ministry had urged Belarus to investigate the beatings.")
        .entity(EntityType.GOVERNMENT, "Foreign Ministry of Norway")
        .entity(EntityType.PLACE, "Belarus"));
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E3");
      assertThat(a.target()).isEqualTo("E4");
      assertThat(a.action()).isEqualTo(AskAction.INVESTIGATE);
    });
  }

  @Test
  void a_reported_urging_by_no_known_requester_is_not_an_ask() {
    List<Ask> asks = asks(FakeDocument.letter("Nordic Helsinki Group", "Minister Jonas Berg",
        "Someone somewhere urged Belarus to investigate.").entity(EntityType.PLACE, "Belarus"));
    assertThat(asks).isEmpty();
  }

  @Test
  void un_recommendations_name_the_recommending_state_as_requester() {
    List<Ask> asks = asks(new FakeDocument(DocumentKind.REPORT, "Human Rights Council",
        "Amend the Penal Code to decriminalise defamation (Norway); Ratify the Convention against Torture (Chile);")
        .entity(EntityType.PLACE, "Norway").entity(EntityType.PLACE, "Chile"));
    assertThat(asks).extracting(Ask::requester, Ask::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E1", AskAction.REPEAL), org.assertj.core.groups.Tuple.tuple("E2", AskAction.ADOPT));
  }

  @Test
  void a_list_header_is_no_ask_but_lends_its_counterparts_to_the_bullets_under_it() {
    List<Ask> asks = asks(FakeDocument.letter("Pen Eurasia", "Secretary Lena Holm",
        "In particular, we urge you to raise the following issues with President Tokayev:\n"
            + "• Torture. We urge you to condemn the torture of detainees in Almaty.\n"
            + "• Media. We hope you will underscore this message in public.\n"
            + "Finally, we urge you to meet with the families of those killed.")
        .entity(EntityType.PERSON, "Kassym-Jomart Tokayev", "President Tokayev"));
    assertThat(asks).extracting(Ask::action).containsExactly(AskAction.CONDEMN, AskAction.MEET);
    assertThat(asks.get(0).counterparts()).containsExactly("E3");
    assertThat(asks.get(1).counterparts()).isEmpty();
  }

  @Test
  void a_letter_about_one_visit_makes_it_the_occasion_of_its_asks() {
    Extraction x = FakeDocument.letter("Equal Rights Trust", "Minister Karin Dahl",
        "Your forthcoming visit to Viet Nam matters. We urge you to raise the case of the jailed bloggers.")
        .place("Viet Nam", "VN").extract();
    assertThat(x.engagements()).hasSize(1);
    assertThat(x.asks()).singleElement().extracting(Ask::occasion).isEqualTo("G1");
  }

  @Test
  void a_sentence_that_only_mentions_a_demand_is_no_ask() {
    List<Ask> asks = asks(FakeDocument.letter("Equal Rights Trust", "Minister Karin Dahl",
        "Activists have long demanded an end to the curfew. The urgency of reform is clear to everyone."));
    assertThat(asks).isEmpty();
  }
}
