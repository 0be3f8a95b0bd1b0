package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Qualifier;
import helsinki.core.Quantity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences are written as word/TAG pairs (Penn tags), so that the parser is tested without a model. */
class QuantityParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police/NNS made/VBD over/IN 1,000/CD arrests/NNS ./.                         | over 1,000 arrests | 1000 | OVER | arrests
      Rallies/NNS were/VBD held/VBN in/IN 82/CD cities/NNS ./.                       | 82 cities | 82 | EXACT | cities
      At/IN least/JJS three/CD deaths/NNS were/VBD confirmed/VBN ./.                 | At least three deaths | 3 | AT_LEAST | deaths
      About/RB 200/CD people/NNS gathered/VBD ./.                                    | About 200 people | 200 | ABOUT | people
      Up/RB to/TO 50/CD activists/NNS were/VBD held/VBN ./.                          | Up to 50 activists | 50 | UP_TO | activists
      They/PRP met/VBD more/JJR than/IN a/DT dozen/NN officials/NNS ./.              | more than a dozen officials | 12 | OVER | officials
      Hundreds/NNS of/IN protesters/NNS marched/VBD ./.                              | Hundreds of protesters | 200 | AT_LEAST | protesters
      Nearly/RB 2.5/CD million/CD refugees/NNS fled/VBD ./.                          | Nearly 2.5 million refugees | 2500000 | ABOUT | refugees
      Twenty-five/CD political/JJ prisoners/NNS remain/VBP ./.                       | Twenty-five political prisoners | 25 | EXACT | political prisoners
      Three/CD of/IN the/DT journalists/NNS were/VBD released/VBN ./.                | Three of the journalists | 3 | EXACT | journalists
      No/DT fewer/JJR than/IN 40/CD schools/NNS closed/VBD ./.                       | No fewer than 40 schools | 40 | AT_LEAST | schools
      As/RB many/JJ as/IN 300/CD families/NNS lost/VBD homes/NNS ./.                 | As many as 300 families | 300 | UP_TO | families
      Police/NNS detained/VBD more/JJR than/IN 40/CD protesters/NNS in/IN Baku/NNP ./. | more than 40 protesters | 40 | OVER | protesters
      At/IN least/JJS 12/CD people/NNS were/VBD killed/VBN in/IN Goma/NNP ./.        | At least 12 people | 12 | AT_LEAST | people
      Soldiers/NNS arrested/VBD dozens/NNS of/IN activists/NNS ./.                   | dozens of activists | 24 | AT_LEAST | activists
      Gunmen/NNS abducted/VBD seventeen/CD schoolgirls/NNS in/IN Zamfara/NNP ./.     | seventeen schoolgirls | 17 | EXACT | schoolgirls
      Guards/NNS beat/VBD some/DT 150/CD prisoners/NNS ./.                           | some 150 prisoners | 150 | ABOUT | prisoners
      """)
  void a_count_gets_its_value_qualifier_and_unit(
      String sentence, String text, long value, Qualifier qualifier, String unit) {
    List<Quantity> found = parse(sentence);
    assertThat(found).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q.text()).isEqualTo(text);
    assertThat(q.count()).isEqualTo(new helsinki.core.Count(value, qualifier, unit));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Up/RB to/TO 50/CD were/VBD held/VBN ./.
      Under/IN Article/NNP 5/CD of/IN the/DT treaty/NN ./.
      The/DT vote/NN was/VBD 3/CD to/TO 2/CD ./.
      """)
  void a_number_that_counts_no_noun_is_not_a_quantity(String sentence) {
    assertThat(parse(sentence)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void dates_and_money_are_not_counts_when_ner_says_so() {
    List<Tok> tokens = List.of(
        new Tok("In", "IN", "O", 0, 2), new Tok("2017", "CD", "DATE", 3, 7),
        new Tok("protests", "NNS", "O", 8, 16), new Tok("grew", "VBD", "O", 17, 21));
    assertThat(QuantityParser.parse(tokens, "In 2017 protests grew")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void two_counts_in_one_sentence_are_both_found() {
    List<Quantity> found = parse("Police/NNS detained/VBD 40/CD students/NNS and/CC 3/CD teachers/NNS ./.");
    assertThat(found).extracting(Quantity::value).containsExactly(40L, 3L);
    assertThat(found).extracting(Quantity::unit).containsExactly("students", "teachers");
  }

  /** Builds tokens and the text they index from "word/TAG word/TAG …". */
  private static List<Quantity> parse(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Tok> tokens = new ArrayList<>();
    for (String pair : tagged.strip().split("\\s+")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      tokens.add(new Tok(word, pair.substring(slash + 1), "", text.length(), text.length() + word.length()));
      text.append(word);
    }
    return QuantityParser.parse(tokens, text.toString());
  }
}
