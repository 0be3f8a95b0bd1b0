package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordRepairTest {

  private static final WordList WORDS = WordList.english();
  private final WordRepair repair = new WordRepair(WORDS);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "damage to the environ-\\nmental record | damage to the environmental record",
      "the gov-\\nernment of Peru | the government of Peru",
      "the long-\\nterm plan | the long-term plan",
      "the xqzt-\\nplorv case | the xqzt-plorv case",
  })
  void line_end_hyphens_are_repaired_where_a_word_proves_it(String in, String out) {
    // CSV cannot hold a line break, so the table writes it as a backslash and an n.
    assertThat(repair.joinLineBreaks(in.replace("\\n", "\n"))).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "during the thenYugoslav period | during the then-Yugoslav period",
      "an antiKremlin rally | an anti-Kremlin rally",
      "signed with theUnited Nations | signed with the United Nations",
      "she bought an iPhone | she bought an iPhone",
      "sold on eBay | sold on eBay",
      "an mHealth project | an mHealth project",
      "the xqzvSoviet past | the xqzvSoviet past",
      "Alaa wrote. The campaign #freeAlaa grew | Alaa wrote. The campaign #freeAlaa grew",
      "Alaa wrote to @freeAlaa and www.freeAlaa.org | Alaa wrote to @freeAlaa and www.freeAlaa.org",
      "Senator McCain spoke | Senator McCain spoke",
  })
  void joined_words_split_only_at_a_known_left_word(String in, String out) {
    assertThat(repair.splitJoinedWords(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Natalia Estemirova-Khasanova spoke. Later EstemirovaKhasanova left. | Natalia Estemirova-Khasanova spoke. Later Estemirova-Khasanova left.",
      "Maria Santos Ruiz came; SantosRuiz left. | Maria Santos Ruiz came; Santos Ruiz left.",
      "Senator DeSantis spoke. | Senator DeSantis spoke.",
  })
  void joined_names_split_only_where_the_document_writes_them_apart(String in, String out) {
    assertThat(repair.splitJoinedWords(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "the document writes {0}")
  @CsvSource(delimiter = '|', value = {
      "the post-Soviet space and the postSoviet states | the post-Soviet space and the post-Soviet states",
      "the then Yugoslav army and the thenYugoslav state | the then Yugoslav army and the then Yugoslav state",
  })
  void the_document_decides_between_hyphen_and_space(String in, String out) {
    assertThat(repair.splitJoinedWords(in)).isEqualTo(out);
  }
}
