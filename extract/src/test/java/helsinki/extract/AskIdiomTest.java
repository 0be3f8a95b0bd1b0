package helsinki.extract;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Channel;
import helsinki.core.DocumentKind;
import helsinki.core.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The idioms of issue 4 (cover letters, press releases, UN recommendations, nested asks), each a named rule with its own sentences. */
class AskIdiomTest {

  /** The rule alone finds an ask verb in the sentence. */
  private static boolean matches(AskPattern p, String sentence) {
    Matcher m = p.pattern().matcher(sentence);
    return m.find() && m.group("verb") != null;
  }

  @Test
  void it_is_imperative_that_you_is_its_own_rule_and_asks_the_addressee() {
    String s = "It is imperative that you insist on the release of Ilham Tohti when you see President Xi.";
    assertThat(matches(AskPattern.IT_IS_IMPERATIVE_THAT_YOU, s)).isTrue();
    List<Ask> asks = FakeDocument.letter("Uyghur Rights Project", "Secretary Dana Kerr", s).extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.action()).isEqualTo(AskAction.RAISE);
    });
  }

  @Test
  void it_is_important_that_you_is_its_own_rule() {
    String s = "It is especially important that, while in Honduras, you meet with the mothers of the disappeared.";
    assertThat(matches(AskPattern.IT_IS_IMPORTANT_THAT_YOU, s)).isTrue();
    assertThat(matches(AskPattern.IT_IS_IMPERATIVE_THAT_YOU, s)).isFalse();
    assertThat(FakeDocument.letter("Latin America Watch", "Minister Paul Grant", s).extract().asks())
        .extracting(Ask::action).containsExactly(AskAction.MEET);
  }

  @Test
  void we_hope_you_will_asks_the_addressee() {
    String s = "We sincerely hope that you will support the call for an independent inquiry into the Andijan killings.";
    assertThat(matches(AskPattern.WE_HOPE_YOU_WILL, s)).isTrue();
    assertThat(FakeDocument.letter("Central Asia Forum", "Commissioner Ilse Berg", s).extract().asks())
        .extracting(Ask::action, Ask::target).containsExactly(org.assertj.core.groups.Tuple.tuple(AskAction.SUPPORT, "E2"));
  }

  @Test
  void we_join_others_in_urging_you_is_the_publishers_ask_not_the_others() {
    String s = "We join Article 19 and the Committee to Protect Journalists in urging you to condemn the jailing of reporters in Baku.";
    assertThat(matches(AskPattern.WE_JOIN_IN_URGING, s)).isTrue();
    List<Ask> asks = FakeDocument.letter("Caucasus Media Trust", "Ambassador Leo Hart", s)
        .entity(EntityType.ORGANIZATION, "Article 19").extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.action()).isEqualTo(AskAction.CONDEMN);
    });
  }

  @Test
  void a_group_that_has_urged_you_stays_the_requester_of_its_reported_ask() {
    String s = "Last month a cross-party group of British MPs, who have urged you to raise the case of Nabeel Rajab, wrote to the King.";
    assertThat(matches(AskPattern.REPORTED_URGING_YOU, s)).isTrue();
    List<Ask> asks = FakeDocument.letter("Gulf Rights Centre", "Minister Alan Price", s)
        .entity(EntityType.GROUP, "cross-party group of British MPs").extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E3");
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.action()).isEqualTo(AskAction.RAISE);
    });
  }

  @Test
  void a_press_release_saying_the_eu_must_asks_the_eu_on_the_publishers_behalf() {
    String s = "The EU must insist on the immediate release of the 14 protesters detained in Tbilisi.";
    assertThat(matches(AskPattern.X_MUST, s)).isTrue();
    List<Ask> asks = new FakeDocument(DocumentKind.STATEMENT, "Eurasia Rights Network", s)
        .entity(EntityType.ORGANIZATION, "Eurasia Rights Network").entity(EntityType.ORGANIZATION, "European Union", "EU")
        .extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.action()).isEqualTo(AskAction.RAISE);
    });
  }

  @Test
  void governments_should_is_an_ask_even_when_no_entity_names_the_governments() {
    String s = "Governments should suspend arms sales to the coalition until an independent inquiry reports.";
    assertThat(matches(AskPattern.X_SHOULD, s)).isTrue();
    List<Ask> asks = new FakeDocument(DocumentKind.STATEMENT, "Arms Watch", s)
        .entity(EntityType.ORGANIZATION, "Arms Watch").extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.requester()).isEqualTo("E1");
      assertThat(a.target()).isNull();
      assertThat(a.action()).isEqualTo(AskAction.SANCTION);
    });
  }

  @Test
  void a_quoted_or_reported_must_is_not_the_publishers_ask() {
    List<Ask> asks = new FakeDocument(DocumentKind.NEWS, "Daily Ledger",
        "“Belarus must release Ales Bialiatski,” the minister told reporters. The EU must release funds, an official said.")
        .entity(EntityType.ORGANIZATION, "Daily Ledger").entity(EntityType.GOVERNMENT, "Belarus")
        .entity(EntityType.ORGANIZATION, "European Union", "EU").extract().asks();
    assertThat(asks).isEmpty();
  }

  @Test
  void should_and_must_without_an_ask_verb_or_with_a_pronoun_are_no_asks() {
    List<Ask> asks = new FakeDocument(DocumentKind.STATEMENT, "Arms Watch",
        "The report should be read in full. It must end. We must remember the victims.")
        .entity(EntityType.ORGANIZATION, "Arms Watch").extract().asks();
    assertThat(asks).isEmpty();
  }

  @Test
  void un_recommendations_to_repeal_consider_and_continue_are_three_rules_that_target_the_state_under_review() {
    String text = "The following recommendations were made to Georgia:\n"
        + "Repeal the law on foreign influence (Germany);\n"
        + "Consider ratifying the Convention on the Rights of Migrant Workers (Brazil);\n"
        + "Continue its efforts to combat trafficking in women (Chile);";
    assertThat(matches(AskPattern.UN_CONSIDER, "Consider ratifying the Convention on Migrant Workers (Brazil);")).isTrue();
    assertThat(matches(AskPattern.UN_CONTINUE, "Continue its efforts to combat trafficking in women (Chile);")).isTrue();
    List<Ask> asks = new FakeDocument(DocumentKind.REPORT, "Human Rights Council", text)
        .entity(EntityType.GOVERNMENT, "Georgia").entity(EntityType.GOVERNMENT, "Germany")
        .entity(EntityType.GOVERNMENT, "Brazil").entity(EntityType.GOVERNMENT, "Chile").extract().asks();
    assertThat(asks).extracting(Ask::requester, Ask::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple("E2", AskAction.REPEAL),
        org.assertj.core.groups.Tuple.tuple("E3", AskAction.ADOPT),
        org.assertj.core.groups.Tuple.tuple("E4", AskAction.END));
    assertThat(asks).allSatisfy(a -> assertThat(a.target()).isEqualTo("E1"));
  }

  @Test
  void an_imperative_with_a_bracketed_news_agency_or_photo_credit_is_no_recommendation() {
    List<Ask> asks = new FakeDocument(DocumentKind.NEWS, "Daily Ledger",
        "Continue reading the full story (Reuters).\nProtect yourself from heat stroke this summer (Getty Images).")
        .entity(EntityType.ORGANIZATION, "Daily Ledger").entity(EntityType.ORGANIZATION, "Reuters")
        .entity(EntityType.ORGANIZATION, "Getty Images").extract().asks();
    assertThat(asks).isEmpty();
  }

  @Test
  void a_nested_ask_records_who_is_asked_as_target_and_who_should_finally_act_as_counterpart() {
    List<Ask> asks = FakeDocument.letter("Azerbaijan Free Press", "Secretary Nora Vance",
        "We urge you to press President Aliyev to release the jailed journalists.")
        .entity(EntityType.PERSON, "Ilham Aliyev", "President Aliyev").extract().asks();
    assertThat(asks).singleElement().satisfies(a -> {
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.counterparts()).containsExactly("E3");
      assertThat(a.action()).isEqualTo(AskAction.RAISE);
      assertThat(a.object()).contains("to release the jailed journalists");
    });
    List<Ask> called = new FakeDocument(DocumentKind.STATEMENT, "Cairo Rights Forum",
        "We call on the European Union to urge Egypt to free Alaa Abd El-Fattah.")
        .entity(EntityType.ORGANIZATION, "Cairo Rights Forum").entity(EntityType.ORGANIZATION, "European Union")
        .entity(EntityType.GOVERNMENT, "Egypt").extract().asks();
    assertThat(called).singleElement().satisfies(a -> {
      assertThat(a.target()).isEqualTo("E2");
      assertThat(a.counterparts()).containsExactly("E3");
    });
  }

  @Test
  void talks_and_public_remarks_named_together_make_the_channel_both() {
    List<Ask> asks = FakeDocument.letter("Uyghur Rights Project", "Secretary Dana Kerr",
        "It is vital that, in your discussions with Chinese officials and in your public remarks, you raise the camps in Xinjiang. "
            + "We urge you to raise privately the case of Ilham Tohti. We urge you to speak publicly about the camps.")
        .extract().asks();
    assertThat(asks).extracting(Ask::channel).containsExactly(Channel.BOTH, Channel.PRIVATE, Channel.PUBLIC);
  }

  @Test
  void the_requester_is_the_stated_publisher_else_the_organisation_that_signs_else_the_signatory() {
    String body = "Dear Minister Grant:\nWe urge you to release Maria Lopez.\nSincerely,\nA. Signer\nFreedom Now";
    FakeDocument signed = new FakeDocument(DocumentKind.LETTER, null, body)
        .entity(EntityType.PERSON, "Paul Grant", "Minister Grant").addressee()
        .entity(EntityType.PERSON, "A. Signer").entity(EntityType.ORGANIZATION, "Freedom Now");
    assertThat(signed.extract().asks()).singleElement().extracting(Ask::requester).isEqualTo("E3");
    FakeDocument unsigned = new FakeDocument(DocumentKind.LETTER, null, "Dear Minister Grant:\nWe urge you to release Maria Lopez.\nA. Signer")
        .entity(EntityType.PERSON, "Paul Grant", "Minister Grant").addressee().entity(EntityType.PERSON, "A. Signer");
    assertThat(unsigned.extract().asks()).singleElement().extracting(Ask::requester).isEqualTo("E2");
    FakeDocument published = new FakeDocument(DocumentKind.LETTER, "Freedom Now", body)
        .entity(EntityType.PERSON, "Paul Grant", "Minister Grant").addressee()
        .entity(EntityType.PERSON, "A. Signer").entity(EntityType.ORGANIZATION, "Freedom Now");
    assertThat(published.extract().asks()).singleElement().extracting(Ask::requester).isEqualTo("E3");
  }
}
