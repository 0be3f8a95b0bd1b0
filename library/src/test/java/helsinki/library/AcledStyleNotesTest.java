package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Annotated;
import helsinki.core.Event;
import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.extract.Extractor;
import helsinki.extract.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CASE 2021's families on notes we wrote ourselves in the style of ACLED's event notes, one or two per
 * sub-event type of ACLED's codebook and varied countries (the dev material for CASE 2021, whose own
 * snippets are report-only). Sentences are split at a full stop before a capital; no annotator is needed.
 */
class AcledStyleNotesTest {

  private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?;](?=\\s+[A-Z])|[.!?]?(?=\\n|$))");

  record Note(String family, String text) {}

  static List<Note> notes() throws IOException {
    try (InputStream in = AcledStyleNotesTest.class.getResourceAsStream("acled-style-notes.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
      return lines.stream().map(l -> l.split("\t", 2)).map(f -> new Note(f[0], f[1])).toList();
    }
  }

  static String family(Extractor extractor, String text) {
    return Case2021.family(events(extractor, text));
  }

  /** The events of a text split into sentences at a full stop before a capital, with no annotator. */
  static List<Event> events(Extractor extractor, String text) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      sentences.add(new Sentence(new Span(m.start(), m.end()), List.of()));
    }
    var d = Evaluation.news("note", null, text);
    Input in = new Input(d, new Annotated(d.id(), null, sentences, List.of(), List.of(), List.of()), List.of(), List.of(), List.of());
    return extractor.extract(in).events();
  }

  @Test
  void nineteen_in_twenty_of_our_acled_style_notes_get_the_family_of_their_sub_event_type() throws IOException {
    Extractor extractor = new Extractor();
    List<Note> notes = notes();
    List<String> wrong = new ArrayList<>();
    for (Note n : notes) {
      String ours = family(extractor, n.text());
      if (!ours.equals(n.family())) {
        wrong.add(n.family() + " <- " + ours + ": " + n.text());
      }
    }
    wrong.forEach(System.out::println);
    assertThat(notes).hasSizeGreaterThan(100);
    assertThat(wrong.size()).as("notes given the wrong family: %s", wrong).isLessThanOrEqualTo(notes.size() / 20);
  }
}
