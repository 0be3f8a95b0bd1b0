package helsinki.extract;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The document as the patterns see it: its text, its sentences, its entities and who wrote to whom. */
final class Context {

  final String text;
  final List<Span> sentences;
  final List<Entity> entities;
  final @Nullable String addressee;
  final @Nullable String publisher;

  Context(Input in) {
    this.text = in.document().text();
    this.sentences = in.annotated().sentences().stream().map(s -> s.span()).toList();
    this.entities = in.entities();
    this.addressee = in.addressees().isEmpty() ? null : in.addressees().get(0);
    this.publisher = publisherOf(in);
  }

  /** The publishing organisation's entity, else the first author's, else none. */
  private static @Nullable String publisherOf(Input in) {
    String publisher = in.document().publisher();
    if (publisher != null) {
      Optional<Entity> e = in.entities().stream().filter(x -> named(x, publisher)).findFirst();
      if (e.isPresent()) {
        return e.get().id();
      }
    }
    for (var author : in.document().authors()) {
      Optional<Entity> e = in.entities().stream().filter(x -> named(x, author.name())).findFirst();
      if (e.isPresent()) {
        return e.get().id();
      }
    }
    return null;
  }

  private static boolean named(Entity e, String name) {
    String k = key(name);
    return key(e.name()).equals(k) || e.aliases().stream().anyMatch(a -> key(a).equals(k));
  }

  static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The entities with a mention overlapping {@code [start, end)}, in entity order. */
  List<Entity> within(int start, int end) {
    List<Entity> found = new ArrayList<>();
    for (Entity e : entities) {
      if (e.mentions().stream().anyMatch(m -> m.start() < end && start < m.end()) && !found.contains(e)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The entity best named by {@code [start, end)}: a person there if any, else the last one there, else one whose name holds the span's head noun. */
  @Nullable String entityAt(int start, int end) {
    List<Entity> there = within(start, end);
    Optional<Entity> person = there.stream().filter(e -> e.type() == EntityType.PERSON).findFirst();
    if (person.isPresent()) {
      return person.get().id();
    }
    if (!there.isEmpty()) {
      return there.get(there.size() - 1).id();
    }
    String[] words = text.substring(start, end).trim().split("\\s+");
    String head = key(words[words.length - 1]);
    // "the department" names the one entity whose name holds "department", when there is exactly one.
    List<Entity> byHead = entities.stream().filter(e -> head.length() > 3
        && List.of(e.name().toLowerCase(Locale.ROOT).split("\\W+")).contains(head)).toList();
    return byHead.size() == 1 ? byHead.get(0).id() : null;
  }

  /** The person last mentioned before {@code position}; a pronoun refers back past the names its own sentence introduces. */
  @Nullable String personBefore(int position) {
    int best = -1;
    String id = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Span m : e.mentions()) {
        if (m.end() <= position && m.start() > best) {
          best = m.start();
          id = e.id();
        }
      }
    }
    return id;
  }

  /**
   * Whom a subject pronoun at the start of a sentence most likely means: the first person named in the
   * nearest earlier sentence that names one ("Lindqvist visited Baku and met President Aliyev. She did not meet
   * ..." is Lindqvist, not the president), else the last person named before.
   */
  @Nullable String subjectBefore(int sentenceStart) {
    for (int i = sentences.size() - 1; i >= 0; i--) {
      Span s = sentences.get(i);
      if (s.end() > sentenceStart) {
        continue;
      }
      String first = null;
      int at = Integer.MAX_VALUE;
      for (Entity e : entities) {
        for (Span m : e.mentions()) {
          if (e.type() == EntityType.PERSON && m.start() >= s.start() && m.end() <= s.end() && m.start() < at) {
            at = m.start();
            first = e.id();
          }
        }
      }
      if (first != null) {
        return first;
      }
    }
    return personBefore(sentenceStart);
  }

  /** The span of the sentence that holds {@code position}. */
  Span sentenceAt(int position) {
    for (Span s : sentences) {
      if (s.start() <= position && position < s.end()) {
        return s;
      }
    }
    return new Span(position, position);
  }

  /** The paragraph (text between line breaks) that holds {@code position}. */
  Span paragraphAt(int position) {
    int start = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
    int end = text.indexOf('\n', position);
    return new Span(start, end < 0 ? text.length() : end);
  }

  /**
   * Whom a pronoun means: a possessive, the person its sentence named before it ("Ms Valberg raised it in her
   * meeting"); else the subject of the sentences before, past those that open with a pronoun themselves ("Her
   * programme included talks with Fawzy. She raised ..." is whoever the sentence before those means).
   */
  @Nullable String pronounAt(int start, boolean possessive) {
    Span s = sentenceAt(start);
    for (Entity e : possessive ? entities : List.<Entity>of()) {
      if (e.type() == EntityType.PERSON && e.mentions().stream().anyMatch(m -> m.start() >= s.start() && m.end() <= start)) {
        return e.id();
      }
    }
    int from = s.start();
    while (from > 0 && OPENS_WITH_PRONOUN.matcher(text.substring(sentenceAt(from - 1).start(), from)).lookingAt()
        && sentenceAt(from - 1).start() < from) {
      from = sentenceAt(from - 1).start();
    }
    return subjectBefore(from);
  }

  private static final java.util.regex.Pattern OPENS_WITH_PRONOUN = java.util.regex.Pattern.compile("\\s*(?:He|She|His|Her|They|Their)\\b");

}
