package helsinki.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTest {

  private final Boilerplate boilerplate = new Boilerplate();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "Skip to content | skip link",
      "Jump to navigation | skip link",
      "Home / News / Asia | navigation line",
      "Topics · Countries · Donate | navigation line",
      "Share this via Facebook | share prompt",
      "Your donation today helps us document abuses in Yemen and beyond. | donation appeal",
      "Make a tax-deductible gift to defend refugees in Greece. | donation appeal",
      "Please give monthly: your support keeps our monitors in the field. | donation appeal",
      "Sign up for our weekly newsletter on Central Asia. | newsletter prompt",
      "Get the latest from Front Line Defenders in your inbox. | newsletter prompt",
      "We use cookies to improve your experience on this website. | cookie notice",
      "Follow us on Mastodon | share prompt",
      "Facing eviction? If you are a tenant in Ohio and cannot pay a lawyer, we can help. | service banner",
      "© 2023 Amnesty International. All rights reserved. | legal line",
  })
  void each_rule_names_the_chrome_it_removes(String paragraph, String rule) {
    Boilerplate.Rule match = Boilerplate.match(paragraph, true);
    assertThat(match).isNotNull();
    assertThat(match.name()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The donation of land to the Ministry of Interior was never registered in Chiapas.",
      "Cookies were handed out to detainees at the border in 2019, one witness said.",
      "We urge you to raise the case of Ahmed Mansoor with the UAE authorities.",
      "Sincerely,",
      "Kumi Naidoo, Secretary General",
      "Published on 3 March 2015",
      "Contact us for more information about the trial of the Cuban journalists, the lawyers said.",
      "We thank you for your support of the defenders in Honduras.",
      "Governments that sign up to the Convention must report every four years.",
      "The union's newsletter was banned in 2019, and you could not find it anywhere.",
      "Share prices of the mining company fell after the killings.",
      "We will stay in touch with the families of the disappeared, you can be sure.",
      "The court accepted the defence's request after the police seized the cookies and bread.",
  })
  void body_sentences_signatures_and_datelines_are_not_chrome(String paragraph) {
    assertThat(Boilerplate.match(paragraph, false)).isNull();
  }

  @Test
  void a_trailing_service_banner_goes_with_its_question_heading_and_keeps_the_signature() {
    List<String> kept = boilerplate.remove(List.of(
        "Dear Minister Okafor,", "We write about the detention of three reporters in Abuja.", "Sincerely,",
        "Adaeze Nwosu, Director", "Posted 2 May 2020", "Need a lawyer?",
        "If you were detained at a protest and need legal advice, contact us."));
    assertThat(kept).containsExactly(
        "Dear Minister Okafor,", "We write about the detention of three reporters in Abuja.", "Sincerely,",
        "Adaeze Nwosu, Director", "Posted 2 May 2020");
  }

  @Test
  void leading_menus_and_trailing_tag_lists_under_a_label_are_cut() {
    List<String> kept = boilerplate.remove(List.of(
        "Skip to main content", "Menu | Search | Donate", "Myanmar: Journalists Held Without Charge",
        "Authorities in Yangon have held four journalists since January.", "Tags / Topics", "Myanmar",
        "Freedom of Expression"));
    assertThat(kept).containsExactly(
        "Myanmar: Journalists Held Without Charge", "Authorities in Yangon have held four journalists since January.");
  }

  @Test
  void short_last_lines_without_a_chrome_line_above_them_stay() {
    List<String> kept = boilerplate.remove(List.of("Joint statement on Belarus", "We call for the release of all.", "Viasna", "Freedom House"));
    assertThat(kept).hasSize(4);
  }

  @Test
  void a_donation_box_in_the_middle_of_the_body_is_removed() {
    List<String> kept = boilerplate.remove(List.of(
        "Title line", "First paragraph about Sudan.", "Donate now: your gift protects civilians in Darfur.",
        "Second paragraph about Sudan."));
    assertThat(kept).containsExactly("Title line", "First paragraph about Sudan.", "Second paragraph about Sudan.");
  }

  @Test
  void chrome_lines_glued_to_the_headline_and_the_last_paragraph_are_cut_line_by_line() {
    List<String> kept = boilerplate.remove(List.of(
        "Skip to main content\nMenu\nIran: Lawyer Sentenced to Prison",
        "A court in Tehran sentenced the lawyer to six years.\nShare this via Facebook\nShare this via X"));
    assertThat(kept).containsExactly("Iran: Lawyer Sentenced to Prison", "A court in Tehran sentenced the lawyer to six years.");
  }
}
