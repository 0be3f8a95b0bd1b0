package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingsTest {

  private final Encodings encodings = new Encodings();

  private static final String RUSSIAN =
      "Правозащитный центр сообщает, что в прошлом месяце в городе были задержаны десятки участников"
          + " мирного собрания. Многие из них до сих пор находятся под стражей без предъявления обвинений.";
  private static final String FRENCH =
      "Les défenseurs des droits humains dénoncent l'arrestation arbitraire de militants pacifiques."
          + " Ils réclament leur libération immédiate et une enquête indépendante sur les événements.";

  @Test
  void undeclared_windows_1251_russian_text_is_detected() {
    Encodings.Decoded d = encodings.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")), null, false);

    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset().name()).isEqualTo("windows-1251");
  }

  @Test
  void undeclared_latin_1_text_is_detected() {
    Encodings.Decoded d = encodings.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null, false);

    assertThat(d.text()).isEqualTo(FRENCH);
  }

  @Test
  void utf_8_with_a_few_broken_bytes_keeps_its_text_and_marks_the_damage() {
    byte[] good = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3; // a lead byte with no continuation
    bad[good.length + 1] = (byte) 0xFF; // never valid in UTF-8

    Encodings.Decoded d = encodings.decode(bad, null, false);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).startsWith(FRENCH).endsWith("\uFFFD\uFFFD");
  }

  @Test
  void utf_8_declared_but_broken_does_not_fail() {
    byte[] bad = {'a', (byte) 0xFF, 'b', (byte) 0xC0, (byte) 0x80};

    assertThat(encodings.decode(bad, "text/html; charset=utf-8", true).text()).startsWith("a\uFFFDb");
  }

  @Test
  void a_byte_order_mark_wins_over_any_declaration() {
    byte[] body = "Свобода".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertThat(encodings.decode(withBom, "text/plain; charset=windows-1251", false).text()).isEqualTo("Свобода");
  }

  @Test
  void a_default_latin_declaration_loses_to_valid_utf_8() {
    byte[] utf8 = RUSSIAN.getBytes(StandardCharsets.UTF_8);

    assertThat(encodings.decode(utf8, "text/html; charset=ISO-8859-1", true).text()).isEqualTo(RUSSIAN);
  }

  @Test
  void a_declared_charset_is_used_when_detection_would_disagree() {
    byte[] koi8 = RUSSIAN.getBytes(Charset.forName("KOI8-R"));

    assertThat(encodings.decode(koi8, "text/plain; charset=koi8-r", false).text()).isEqualTo(RUSSIAN);
  }
}
