package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  private static final Languages languages = new Languages();

  @Test
  void english_prose_is_en() {
    assertThat(languages.detect("We urge the government to release the journalists who were detained last week"
        + " and to allow independent monitors to visit the places where they are held.")).isEqualTo("en");
  }

  @Test
  void russian_prose_is_ru() {
    assertThat(languages.detect("Мы призываем власти немедленно освободить задержанных журналистов и допустить"
        + " независимых наблюдателей в места их содержания.")).isEqualTo("ru");
  }

  @Test
  void a_few_letters_are_too_few_to_judge() {
    assertThat(languages.detect("OK 2021")).isNull();
    assertThat(languages.detect("")).isNull();
  }
}
