package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Fingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterActorsTest {

  private static Document letter(String text, List<String> addressees, List<Author> authors) {
    return new Document("d-0000000000", "letter.txt", "text/plain", null, null, null, authors, null, "en",
        DocumentKind.LETTER, addressees, text, List.of(), new Fingerprint("0".repeat(64), new int[0]));
  }

  @Test
  void a_titled_addressee_becomes_a_person_with_the_salutation_as_alias_and_the_stated_role() {
    String text = "Dear Minister Dufour:\n\nAs Minister of Foreign Affairs, you can raise these cases. Minister Dufour, we urge you.";
    LetterActors.Found found = LetterActors.of(letter(text, List.of("Minister Dufour"), List.of()));
    Entity e = found.entities().get(0);
    assertThat(found.addresseeIds()).containsExactly(e.id());
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.name()).isEqualTo("Dufour");
    assertThat(e.aliases()).contains("Minister Dufour");
    assertThat(e.roles()).containsExactly("Minister of Foreign Affairs");
    assertThat(e.mentions()).hasSize(2)
        .allSatisfy(span -> assertThat(text.substring(span.start(), span.end())).isEqualTo("Minister Dufour"));
  }

  @Test
  void the_full_name_that_the_text_writes_becomes_the_name() {
    String text = "Dear Commissioner Varga,\n\nWhen Commissioner Ilona Varga visited Sofia, she met no one.";
    Entity e = LetterActors.of(letter(text, List.of("Commissioner Varga"), List.of())).entities().get(0);
    assertThat(e.name()).isEqualTo("Ilona Varga");
    assertThat(e.aliases()).contains("Commissioner Varga", "Varga");
    assertThat(e.roles()).containsExactly("Commissioner");
  }

  @Test
  void an_inside_address_gives_name_and_office_and_the_salutation_stays_an_alias() {
    String text = "The Honorable Maria K. Lopez\nMinister of Justice\n\nDear Minister Lopez:\n\nWe write.";
    Entity e = LetterActors.of(letter(text, List.of("Maria K. Lopez, Minister of Justice"), List.of())).entities().get(0);
    assertThat(e.name()).isEqualTo("Maria K. Lopez");
    assertThat(e.aliases()).contains("Minister Lopez", "Lopez");
    assertThat(e.roles()).containsExactly("Minister of Justice");
  }

  @Test
  void several_addressees_each_get_an_entity_and_stated_roles_go_to_the_matching_title() {
    String text = "Dear Senator Ruiz and Governor Chen:\n\nAs Governor of the State, you hold the power of pardon.";
    LetterActors.Found found = LetterActors.of(letter(text, List.of("Senator Ruiz", "Governor Chen"), List.of()));
    assertThat(found.addresseeIds()).containsExactly("E1", "E2");
    assertThat(found.entities().get(0).roles()).containsExactly("Senator");
    assertThat(found.entities().get(1).roles()).containsExactly("Governor of the State");
  }

  @Test
  void an_untitled_body_is_an_organisation_or_a_government() {
    LetterActors.Found found = LetterActors.of(letter("Dear Members of the Security Council,",
        List.of("Members of the Security Council", "Government of Nepal"), List.of()));
    assertThat(found.entities()).extracting(Entity::type).containsExactly(EntityType.ORGANIZATION, EntityType.GOVERNMENT);
  }

  @Test
  void authors_become_people_with_their_role_after_the_addressees() {
    String text = "Dear Minister Dufour:\n\nSincerely,\n\nKwame Mensah, Director\n\nMensah can be reached by phone.";
    LetterActors.Found found = LetterActors.of(letter(text, List.of("Minister Dufour"), List.of(new Author("Kwame Mensah", "Director"))));
    Entity author = found.entities().get(1);
    assertThat(author.id()).isEqualTo("E2");
    assertThat(author.name()).isEqualTo("Kwame Mensah");
    assertThat(author.aliases()).containsExactly("Mensah");
    assertThat(author.roles()).containsExactly("Director");
    assertThat(author.mentions()).hasSize(2);
    assertThat(found.addresseeIds()).containsExactly("E1");
  }
}
