package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CaptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "Police detain a demonstrator in central Minsk, Belarus, August 10, 2020. © 2020 AP Photo/Jane Roe",
    "Families of the disappeared hold portraits outside the court in Tunis. (c) 2019 Example Press Agency",
    "Photo: Activists gather outside the parliament in Kampala.",
    "Displaced families wait for food near the border. (Photo: Sample Relief Network)"
  })
  void a_short_paragraph_with_a_photo_credit_is_a_caption(String paragraph) {
    assertThat(Captions.isCaption(paragraph)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The government must release all detained journalists without delay.",
    "Copyright restrictions on archives were raised by the commission in 2019, and the report says so.",
    "The law, passed in 2021, was criticised by the Council of Europe.",
  })
  void body_sentences_are_not_captions(String paragraph) {
    assertThat(Captions.isCaption(paragraph)).isFalse();
  }

  @Test
  void captions_move_out_of_the_text_in_order() {
    String text = "Title line\n\nFirst paragraph of the report.\n\n"
        + "Riot police in Caracas, May 1, 2017. © 2017 Example Wire\n\nSecond paragraph.";
    Captions.Split split = Captions.split(text);
    assertThat(split.text()).isEqualTo("Title line\n\nFirst paragraph of the report.\n\nSecond paragraph.");
    assertThat(split.captions()).containsExactly("Riot police in Caracas, May 1, 2017. © 2017 Example Wire");
  }
}
