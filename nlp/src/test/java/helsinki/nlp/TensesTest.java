package helsinki.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Span;
import helsinki.core.Token;
import helsinki.nlp.Tenses.Tense;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TensesTest {

  /** Tokens from "word/TAG/lemma" triples; the expression is the token written in capitals as "<X>". */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      The/DT/the minister/NN/minister visited/VBD/visit the/DT/the camp/NN/camp in/IN/in <December>,                 PAST
      The/DT/the rules/NNS/rule take/VBP/take effect/NN/effect in/IN/in <January>,                                  PRESENT
      The/DT/the vote/NN/vote will/MD/will be/VB/be held/VBN/hold in/IN/in <March>,                                 FUTURE
      The/DT/the hearing/NN/hearing was/VBD/be postponed/VBN/postpone until/IN/until <April>,                       FUTURE
      He/PRP/he has/VBZ/have been/VBN/be detained/VBN/detain since/IN/since <April>,                               PAST
      Sales/NNS/sale in/IN/in <September> so/RB/so far/RB/far are/VBP/be weak/JJ/weak,                              PRESENT
      It/PRP/it follows/VBZ/follow a/DT/a wave/NN/wave of/IN/of protests/NNS/protest in/IN/in <March> that/WDT/that swept/VBD/sweep cities/NNS/city, PAST
      The/DT/the vote/NN/vote in/IN/in <March>,                                                                     UNKNOWN
      """)
  void the_closest_verb_group_decides_the_tense(String sentence, Tense tense) {
    List<Token> tokens = new ArrayList<>();
    Span expression = null;
    int at = 0;
    for (String item : sentence.split(" ")) {
      if (item.startsWith("<")) {
        String word = item.substring(1, item.length() - 1);
        expression = new Span(at, at + word.length());
        tokens.add(new Token(word, expression, word.toLowerCase(java.util.Locale.ROOT), "NNP"));
        at += word.length() + 1;
        continue;
      }
      String[] f = item.split("/");
      tokens.add(new Token(f[0], new Span(at, at + f[0].length()), f[2], f[1]));
      at += f[0].length() + 1;
    }
    assertThat(Tenses.of(tokens, expression)).isEqualTo(tense);
  }
}
