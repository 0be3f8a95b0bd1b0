package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import helsinki.core.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {

  /** A sentence from "word/TAG" items joined by single spaces. */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] f = item.split("/");
      tokens.add(new Token(f[0], new Span(at, at + f[0].length()), f[0], f[1]));
      at += f[0].length() + 1;
    }
    return new Sentence(new Span(0, at - 1), tokens);
  }

  private static String text(Sentence s) {
    return String.join(" ", s.tokens().stream().map(Token::text).toList());
  }

  private static TimeExpression at(String text, String words, TimexType type, String value) {
    int start = text.indexOf(words);
    return new TimeExpression(words, new Span(start, start + words.length()), type, value, null, null);
  }

  @Test
  void a_word_tagged_as_a_verb_is_no_time() {
    Sentence s = sentence("They/PRP will/MD present/VB a/DT report/NN");
    assertThat(Neighbours.check(at(text(s), "present", TimexType.DATE, "PRESENT_REF"), List.of(s), text(s))).isNull();
  }

  @Test
  void present_is_a_time_only_after_the_or_at() {
    Sentence was = sentence("He/PRP was/VBD present/JJ at/IN the/DT meeting/NN");
    Sentence at = sentence("At/IN present/JJ few/JJ vote/VBP");
    assertThat(Neighbours.check(at(text(was), "present", TimexType.DATE, "PRESENT_REF"), List.of(was), text(was))).isNull();
    assertThat(Neighbours.check(at(text(at), "present", TimexType.DATE, "PRESENT_REF"), List.of(at), text(at))).isNotNull();
  }

  @Test
  void names_are_no_times() {
    Sentence general = sentence("General/NNP Zaw/NNP Min/NNP Tun/NNP said/VBD");
    Sentence olympics = sentence("He/PRP jumped/VBD at/IN the/DT Winter/NNP Olympics/NNPS");
    assertThat(Neighbours.check(at(text(general), "Min", TimexType.DURATION, "PT1M"), List.of(general), text(general))).isNull();
    assertThat(Neighbours.check(at(text(olympics), "Winter", TimexType.DATE, "2021-WI"), List.of(olympics), text(olympics))).isNull();
  }

  @Test
  void a_numbered_day_is_a_count_not_a_date() {
    Sentence count = sentence("Workers/NNS marked/VBD their/PRP$ 1000th/JJ day/NN");
    assertThat(Neighbours.check(at(text(count), "1000th day", TimexType.DATE, "2023-10-07"), List.of(count), text(count))).isNull();
  }

  @Test
  void once_and_time_alone_are_no_time() {
    Sentence once = sentence("Once/RB again/RB police/NNS fired/VBD");
    Sentence time = sentence("At/IN the/DT time/NN the/DT army/NN denied/VBD");
    assertThat(Neighbours.check(at(text(once), "Once", TimexType.DATE, "PAST_REF"), List.of(once), text(once))).isNull();
    assertThat(Neighbours.check(at(text(time), "time", TimexType.DATE, "PAST_REF"), List.of(time), text(time))).isNull();
  }

  @Test
  void ages_and_fractions_are_no_durations() {
    Sentence age = sentence("A/DT 36-year-old/JJ man/NN");
    Sentence old = sentence("The/DT boy/NN three/CD years/NNS old/JJ");
    Sentence fraction = sentence("Three/CD quarters/NNS of/IN votes/NNS");
    assertThat(Neighbours.check(at(text(age), "36-year-old", TimexType.DURATION, "P36Y"), List.of(age), text(age))).isNull();
    assertThat(Neighbours.check(at(text(old), "three years", TimexType.DURATION, "P3Y"), List.of(old), text(old))).isNull();
    assertThat(Neighbours.check(at(text(fraction), "Three quarters", TimexType.DURATION, "P9M"), List.of(fraction), text(fraction))).isNull();
  }

  @Test
  void the_past_before_a_noun_is_no_time_but_alone_it_is() {
    Sentence noun = sentence("Shares/NNS fell/VBD in/IN the/DT past/JJ session/NN");
    Sentence alone = sentence("Trials/NNS were/VBD common/JJ in/IN the/DT past/NN ./.");
    assertThat(Neighbours.check(at(text(noun), "the past", TimexType.DATE, "PAST_REF"), List.of(noun), text(noun))).isNull();
    assertThat(Neighbours.check(at(text(alone), "the past", TimexType.DATE, "PAST_REF"), List.of(alone), text(alone))).isNotNull();
  }

  @Test
  void a_year_after_an_amount_is_a_rate_and_after_a_preposition_a_duration() {
    Sentence rate = sentence("Prices/NNS rose/VBD 4/CD percent/NN a/DT year/NN");
    Sentence span = sentence("He/PRP was/VBD jailed/VBN for/IN a/DT year/NN");
    assertThat(Neighbours.check(at(text(rate), "a year", TimexType.DURATION, "P1Y"), List.of(rate), text(rate)).type())
        .isEqualTo(TimexType.SET);
    assertThat(Neighbours.check(at(text(span), "a year", TimexType.DURATION, "P1Y"), List.of(span), text(span)).type())
        .isEqualTo(TimexType.DURATION);
  }

  @Test
  void ordinals_of_days_and_rounds_are_counts_not_times() {
    Sentence day = sentence("Protesters/NNS marched/VBD for/IN a/DT third/JJ day/NN");
    Sentence round = sentence("A/DT second/JJ round/NN of/IN talks/NNS");
    Sentence week = sentence("They/PRP met/VBD in/IN the/DT first/JJ week/NN of/IN May/NNP");
    assertThat(Neighbours.check(at(text(day), "third day", TimexType.DATE, "2013-03-24"), List.of(day), text(day))).isNull();
    assertThat(Neighbours.check(at(text(round), "A second", TimexType.DURATION, "PT1S"), List.of(round), text(round))).isNull();
    assertThat(Neighbours.check(at(text(week), "first week", TimexType.DATE, "2013-W18"), List.of(week), text(week))).isNotNull();
  }

  @Test
  void a_bare_plural_unit_after_a_word_of_kind_is_no_time_but_after_a_quantifier_it_is() {
    Sentence kind = sentence("The/DT number/NN of/IN smoggy/JJ days/NNS doubled/VBD");
    Sentence many = sentence("The/DT talks/NNS lasted/VBD several/JJ days/NNS");
    assertThat(Neighbours.check(at(text(kind), "days", TimexType.DURATION, "PXD"), List.of(kind), text(kind))).isNull();
    assertThat(Neighbours.check(at(text(many), "days", TimexType.DURATION, "PXD"), List.of(many), text(many))).isNotNull();
  }

  @Test
  void last_as_a_verb_leaves_the_duration_after_it() {
    Sentence verb = sentence("The/DT campaign/NN will/MD last/VB 60/CD days/NNS");
    TimeExpression got = Neighbours.check(at(text(verb), "last 60 days", TimexType.DATE, "2012-07-29/2012-09-27"),
        List.of(verb), text(verb), java.time.LocalDate.of(2012, 9, 27));
    assertThat(got.text()).isEqualTo("60 days");
    assertThat(got.type()).isEqualTo(TimexType.DURATION);
    assertThat(got.timex()).isEqualTo("P60D");
  }

  @Test
  void a_lowercase_march_a_year_on_year_comparison_and_a_weekday_in_a_name_are_no_times() {
    Sentence march = sentence("Thousands/NNS joined/VBD the/DT march/NN");
    Sentence compare = sentence("Prices/NNS rose/VBD 2/CD percent/NN year/NN on/IN year/NN");
    Sentence paper = sentence("The/DT Sunday/NNP Times/NNP reported/VBD it/PRP");
    Sentence day = sentence("He/PRP left/VBD Sunday/NNP Morning/NNP");
    assertThat(Neighbours.check(at(text(march), "march", TimexType.DATE, "2013-03"), List.of(march), text(march))).isNull();
    assertThat(Neighbours.check(at(text(compare), "year", TimexType.DURATION, "P1Y"), List.of(compare), text(compare))).isNull();
    assertThat(Neighbours.check(at(text(paper), "Sunday", TimexType.DATE, "2013-03-17"), List.of(paper), text(paper))).isNull();
    assertThat(Neighbours.check(at(text(day), "Sunday", TimexType.DATE, "2013-03-17"), List.of(day), text(day))).isNotNull();
  }

  @Test
  void a_unit_counted_in_a_row_is_no_time() {
    Sentence row = sentence("Prices/NNS rose/VBD for/IN a/DT third/JJ consecutive/JJ week/NN");
    Sentence span = sentence("Prices/NNS rose/VBD for/IN a/DT week/NN");
    assertThat(Neighbours.check(at(text(row), "week", TimexType.DURATION, "P1W"), List.of(row), text(row))).isNull();
    assertThat(Neighbours.check(at(text(span), "a week", TimexType.DURATION, "P1W"), List.of(span), text(span))).isNotNull();
  }

  @Test
  void the_second_year_in_a_row_is_a_count() {
    Sentence row = sentence("Sales/NNS fell/VBD for/IN the/DT second/JJ year/NN in/IN a/DT row/NN");
    assertThat(Neighbours.check(at(text(row), "the second year", TimexType.DURATION, "P2Y"), List.of(row), text(row))).isNull();
  }
}
