package helsinki.nlp.entities;

import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** An entity while it is being gathered: its forms, spans, roles and the countries voted for it. */
final class Draft {

  final EntityType type;
  final Map<String, Integer> forms = new LinkedHashMap<>();
  final Map<Integer, Span> spans = new TreeMap<>();
  final Map<String, Integer> roles = new LinkedHashMap<>();
  /** Countries the text states for it (a nationality before a title); these outrank context. */
  final Map<String, Integer> stated = new LinkedHashMap<>();
  /** Countries near its mentions, used only when nothing is stated. */
  final Map<String, Integer> nearby = new LinkedHashMap<>();
  /** Forms written for it that cannot be its name: a nationality adjective standing for a country. */
  final Set<String> notNames = new HashSet<>();
  boolean addressee;

  Draft(EntityType type) {
    this.type = type;
  }

  void add(String form, Span span) {
    forms.merge(form.strip(), 1, Integer::sum);
    spans.values().removeIf(s -> span.start() <= s.start() && s.end() <= span.end());
    if (spans.values().stream().noneMatch(s -> s.start() <= span.start() && span.end() <= s.end())) {
      spans.put(span.start(), span);
    }
  }

  void alias(String form) {
    forms.merge(form.strip(), 0, Integer::sum);
  }

  static void vote(Map<String, Integer> votes, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      votes.merge(value.strip(), 1, Integer::sum);
    }
  }

  /** The fullest form: most words, then most letters, then most often written. */
  String name() {
    return forms.entrySet().stream()
        .filter(e -> type != EntityType.PERSON || e.getValue() > 0 && !isTitled(e.getKey()))
        .filter(e -> !notNames.contains(e.getKey()))
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> words(e.getKey()))
            .thenComparingInt(e -> Rules.key(e.getKey()).length())
            .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElse(forms.keySet().iterator().next());
  }

  private static boolean isTitled(String form) {
    String first = Rules.lower(form.split("\\s+")[0]);
    if (first.equals("the")) {
      return true;
    }
    return Rules.TITLE_WORDS.contains(first) || Rules.COURTESY.contains(first) || !Character.isUpperCase(form.charAt(0))
        || form.contains(" of ") || Rules.OFFICE_HEADS.contains(Rules.lower(form.split("\\s+")[0]));
  }

  /** Does any form of this draft share a key with {@code form}? */
  boolean knows(String form) {
    String k = Rules.key(form);
    return forms.keySet().stream().anyMatch(f -> Rules.key(f).equals(k));
  }

  Entity toEntity(String id) {
    String name = name();
    List<String> aliases = new ArrayList<>();
    for (String f : forms.keySet()) {
      if (!f.equals(name) && aliases.stream().noneMatch(f::equalsIgnoreCase)) {
        aliases.add(f);
      }
    }
    return new Entity(id, type, name, aliases, roleList(), country(), List.copyOf(spans.values()));
  }

  /** Roles, most specific first; a role that another begins with ("Secretary" in "Secretary of State") goes. */
  List<String> roleList() {
    List<String> kept = new ArrayList<>();
    roles.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
            .thenComparing(e -> -e.getKey().length()))
        .map(Map.Entry::getKey)
        .filter(r -> roles.keySet().stream().noneMatch(o -> !o.equals(r)
            && Rules.lower(o).startsWith(Rules.lower(r) + " ")))
        .forEach(r -> {
          if (kept.stream().noneMatch(r::equalsIgnoreCase)) {
            kept.add(r);
          }
        });
    return kept;
  }

  @Nullable String country() {
    @Nullable String s = top(stated);
    return s != null ? s : top(nearby);
  }

  /** The value with the most votes, or null when two tie for the top. */
  static @Nullable String top(Map<String, Integer> votes) {
    List<Map.Entry<String, Integer>> sorted = votes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    if (sorted.isEmpty() || sorted.size() > 1 && sorted.get(1).getValue().equals(sorted.get(0).getValue())) {
      return null;
    }
    return sorted.get(0).getKey();
  }

  int first() {
    return spans.isEmpty() ? Integer.MAX_VALUE : spans.keySet().iterator().next();
  }

  static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
