package helsinki.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Fingerprint;
import helsinki.nlp.CoreNlpAnnotator;
import helsinki.nlp.places.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Letters and reports written for these tests, about other countries and officials, through the real annotator. */
class EntityResolverTest {

  private static CoreNlpAnnotator annotator;
  private static Gazetteer gazetteer;
  private final EntityResolver resolver = new EntityResolver();

  @BeforeAll
  static void load() {
    annotator = CoreNlpAnnotator.load(false);
    gazetteer = Gazetteer.load();
  }

  private static final String LETTER = """
      Dear Minister Okonkwo:

      We write ahead of your visit to Caracas next month. As Foreign Minister, you will meet President \
      Nicolas Maduro and Venezuelan officials. We urge you to raise the cases of journalists and peaceful \
      protesters held in Caracas.

      Human rights lawyer Tamara Suju, a veteran defender, has documented the arrests. Maduro has ignored \
      calls from the United Nations. Venezuela continues to detain critics. Suju asks that you press the \
      Venezuelan government for their release. The President has not replied.

      Sincerely,

      Hannah Berg, Executive Director
      """;

  private static final String REPORT = """
      Belarusian President Alexander Lukashenko signed a law on Monday. Germany's Foreign Minister \
      Annalena Baerbock criticised the law, and the German Foreign Office summoned the ambassador. The \
      office said it would consult partners.

      Opposition leader Sviatlana Tsikhanouskaya, who lives in exile in Vilnius, said Lukashenko fears \
      his own people. Political prisoners in Belarus, among them Ales Bialiatski, a Nobel laureate, \
      remain in jail. Ethnic Poles in Belarus face pressure at school. Ales Byalyatski was sentenced \
      in 2023.
      """;

  private List<Entity> resolve(String text, DocumentKind kind, List<String> addressees, List<Author> authors) {
    return resolution(text, kind, addressees, authors).entities();
  }

  private EntityResolver.Resolution resolution(String text, DocumentKind kind, List<String> addressees, List<Author> authors) {
    Document d = new Document("d-0123456789", "test", "text/plain", null, null, null, authors,
        LocalDate.of(2024, 5, 2), "en", kind, addressees, text, List.of(), new Fingerprint("0123456789abcdef", new int[0]));
    return resolver.resolve(d, annotator.annotate(d, null), gazetteer.resolveText("", text));
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
  }

  @Test
  void the_addressee_of_a_letter_is_you_with_the_office_the_letter_states() {
    EntityResolver.Resolution r = resolution(LETTER, DocumentKind.LETTER, List.of("Minister Okonkwo"), List.of());
    Entity okonkwo = r.entities().stream().filter(e -> e.aliases().contains("Minister Okonkwo") || e.name().equals("Okonkwo"))
        .findFirst().orElseThrow();
    assertThat(r.addressees()).containsExactly(okonkwo.id());
    assertThat(okonkwo.roles()).first().isEqualTo("Foreign Minister");
    assertThat(okonkwo.mentions()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void a_surname_joins_the_full_name_and_the_title_gives_role_and_context_the_country() {
    List<Entity> e = resolve(LETTER, DocumentKind.LETTER, List.of("Minister Okonkwo"), List.of());
    Entity maduro = named(e, "Nicolas Maduro");
    assertThat(maduro.type()).isEqualTo(EntityType.PERSON);
    assertThat(maduro.aliases()).contains("Maduro");
    assertThat(maduro.roles()).containsExactly("President");
    assertThat(maduro.country()).isEqualTo("VE");
    assertThat(maduro.mentions()).hasSize(3);
    assertThat(maduro.aliases()).contains("The President");
  }

  @Test
  void a_descriptor_before_a_name_and_an_apposition_after_it_are_roles() {
    List<Entity> e = resolve(LETTER, DocumentKind.LETTER, List.of("Minister Okonkwo"), List.of());
    Entity suju = named(e, "Tamara Suju");
    assertThat(suju.roles()).contains("veteran defender");
    assertThat(suju.country()).isEqualTo("VE");
    assertThat(suju.aliases()).contains("Suju");
  }

  @Test
  void a_signature_gives_the_role_and_no_country_is_guessed_for_the_author() {
    List<Entity> e = resolve(LETTER, DocumentKind.LETTER, List.of("Minister Okonkwo"),
        List.of(new Author("Hannah Berg", "Executive Director")));
    Entity berg = named(e, "Hannah Berg");
    assertThat(berg.roles()).containsExactly("Executive Director");
    assertThat(berg.country()).isNull();
  }

  @Test
  void nationality_phrases_and_a_country_that_acts_are_its_government() {
    List<Entity> e = resolve(LETTER, DocumentKind.LETTER, List.of("Minister Okonkwo"), List.of());
    Entity government = e.stream().filter(x -> x.type() == EntityType.GOVERNMENT && "VE".equals(x.country()))
        .findFirst().orElseThrow();
    assertThat(List.of(government.name())).containsAnyElementsOf(List.of("Venezuelan officials", "Venezuelan government"));
    assertThat(government.aliases()).contains("Venezuela");
    assertThat(e).anySatisfy(x -> {
      assertThat(x.type()).isEqualTo(EntityType.PLACE);
      assertThat(x.name()).isEqualTo("Caracas");
      assertThat(x.country()).isEqualTo("VE");
    });
  }

  @Test
  void populations_and_victims_are_groups() {
    List<Entity> e = resolve(LETTER + REPORT, DocumentKind.REPORT, List.of(), List.of());
    assertThat(named(e, "peaceful protesters").type()).isEqualTo(EntityType.GROUP);
    assertThat(named(e, "journalists").type()).isEqualTo(EntityType.GROUP);
    Entity prisoners = named(e, "Political prisoners in Belarus");
    assertThat(prisoners.type()).isEqualTo(EntityType.GROUP);
    assertThat(prisoners.country()).isEqualTo("BY");
    assertThat(named(e, "Ethnic Poles in Belarus").type()).isEqualTo(EntityType.GROUP);
  }

  @Test
  void a_nationality_before_a_title_gives_the_country_and_the_title_the_role() {
    List<Entity> e = resolve(REPORT, DocumentKind.NEWS, List.of(), List.of());
    Entity lukashenko = named(e, "Alexander Lukashenko");
    assertThat(lukashenko.roles()).containsExactly("President");
    assertThat(lukashenko.country()).isEqualTo("BY");
    assertThat(lukashenko.aliases()).contains("Lukashenko", "Belarusian President Alexander Lukashenko");
    Entity baerbock = named(e, "Annalena Baerbock");
    assertThat(baerbock.roles()).containsExactly("Foreign Minister");
    assertThat(baerbock.country()).isEqualTo("DE");
    Entity leader = named(e, "Sviatlana Tsikhanouskaya");
    assertThat(leader.roles()).containsExactly("Opposition leader");
  }

  @Test
  void a_named_organ_is_government_and_the_bare_head_refers_to_it() {
    List<Entity> e = resolve(REPORT, DocumentKind.NEWS, List.of(), List.of());
    Entity office = e.stream().filter(x -> x.name().endsWith("Foreign Office")).findFirst().orElseThrow();
    assertThat(office.type()).isEqualTo(EntityType.GOVERNMENT);
    assertThat(office.country()).isEqualTo("DE");
    assertThat(office.mentions()).hasSize(2);
  }

  @Test
  void a_nationality_before_a_site_names_the_country_as_a_place() {
    List<Entity> e = resolve("The strike hit a Turkish border town. Officials met in Ankara.", DocumentKind.NEWS, List.of(), List.of());
    Entity turkey = e.stream().filter(x -> x.type() == EntityType.PLACE && "TR".equals(x.country()) && x.name().startsWith("T")
        && !x.name().equals("Turkish")).findFirst().orElseThrow(() -> new AssertionError(e.toString()));
    assertThat(turkey.name()).isIn("Turkey", "Türkiye");
    assertThat(turkey.aliases()).contains("Turkish");
  }

  @Test
  void a_law_is_no_actor_and_a_plural_name_after_a_nationality_is_no_group() {
    List<Entity> e = resolve("The Kenyan Parliament passed the Public Order Act. Officials in the Kenyan Territories "
        + "and Ethnic Somalis protested.", DocumentKind.NEWS, List.of(), List.of());
    assertThat(e).noneSatisfy(x -> assertThat(x.name()).contains("Act"));
    assertThat(e).noneSatisfy(x -> assertThat(x.name()).contains("Territories"));
    assertThat(e).anySatisfy(x -> {
      assertThat(x.name()).isEqualTo("Ethnic Somalis");
      assertThat(x.type()).isEqualTo(EntityType.GROUP);
    });
  }

  @Test
  void spellings_that_differ_only_in_spaces_hyphens_or_case_are_one_person() {
    List<Entity> e = resolve("Rights defender Oleg Orlov-Petrov was detained. OrlovPetrov had warned of it. "
        + "Later orlov-petrov was freed.", DocumentKind.NEWS, List.of(), List.of());
    Entity orlov = named(e, "Oleg Orlov-Petrov");
    assertThat(e.stream().filter(x -> x.type() == EntityType.PERSON)).hasSize(1);
    assertThat(orlov.mentions()).hasSizeGreaterThanOrEqualTo(2);
  }
}
