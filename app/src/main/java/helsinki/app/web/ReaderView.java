package helsinki.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import helsinki.core.Entity;
import helsinki.core.Json;
import helsinki.core.ReviewState;
import helsinki.core.Span;
import helsinki.library.Item;
import helsinki.library.Review;
import helsinki.library.ReviewedAnalysis;
import helsinki.store.ItemKind;
import helsinki.store.ReviewRecord;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the reader shows of a document's analysis: its paragraphs cut into runs marked by the items
 * that stand on them, and each item with its fields, review state, history and review form.
 */
record ReaderView(List<List<Highlights.Run>> paragraphs, List<Group> groups, List<ReviewRow> detached, int reviewed) {

  /** The items of one kind, in analysis order. */
  record Group(String title, String kind, List<ItemView> items) {}

  /** One item as its panel shows it. */
  record ItemView(String anchor, String kind, String id, String css, String summary, String state, List<Field> fields,
      String quote, List<ReviewRow> history, String editable) {}

  /** A field and its value as text. */
  record Field(String name, String value) {}

  /** One decision as the page lists it. */
  record ReviewRow(long id, String decision, String reviewer, String when, @Nullable String note, @Nullable String correction,
      @Nullable String itemId, @Nullable String label, String kind, String quote) {

    static ReviewRow of(Review r) {
      ReviewRecord x = r.record();
      return new ReviewRow(x.id(), x.decision().name().toLowerCase(Locale.ROOT), x.reviewer(), WHEN.format(x.decidedAt()),
          x.note(), x.correction(), r.itemId(), x.label(), x.item().kind().name().toLowerCase(Locale.ROOT), x.item().quote());
    }
  }

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Fields a person cannot change here: the id names the item, evidence and mentions are where it was read. */
  private static final Set<String> FIXED = Set.of("id", "evidence", "mentions");
  private static final Set<String> REFERENCES = Set.of("requester", "target", "actor", "subject", "counterparts", "actors");

  static ReaderView of(ReviewedAnalysis reviewed, List<Span> paragraphSpans) {
    Map<String, String> names = names(reviewed);
    List<Highlights.Mark> marks = new ArrayList<>();
    Map<ItemKind, List<ItemView>> byKind = new java.util.EnumMap<>(ItemKind.class);
    int decided = 0;
    for (ReviewedAnalysis.ItemState s : reviewed.items()) {
      ItemView view = item(s, names);
      byKind.computeIfAbsent(s.item().kind(), k -> new ArrayList<>()).add(view);
      for (Span span : s.item().spans()) {
        marks.add(new Highlights.Mark(span.start(), span.end(), view.css(), view.anchor(), view.kind() + " " + view.id()));
      }
      decided += s.state() == ReviewState.SUGGESTED ? 0 : 1;
    }
    String text = reviewed.machine().text();
    List<List<Highlights.Run>> paragraphs = paragraphSpans.stream()
        .map(p -> Highlights.runs(text, p.start(), p.end(), marks)).toList();
    List<Group> groups = new ArrayList<>();
    byKind.forEach((kind, items) -> groups.add(new Group(title(kind), kind.name().toLowerCase(Locale.ROOT), items)));
    return new ReaderView(paragraphs, groups, reviewed.detached().stream().map(ReviewRow::of).toList(), decided);
  }

  private static ItemView item(ReviewedAnalysis.ItemState s, Map<String, String> names) {
    Item item = s.item();
    String kind = item.kind().name().toLowerCase(Locale.ROOT);
    ObjectNode node = Json.mapper().valueToTree(s.corrected());
    String css = "hl hl-" + kind + (s.corrected() instanceof Entity e ? " hl-" + e.type().name().toLowerCase(Locale.ROOT) : "")
        + " state-" + s.state().name().toLowerCase(Locale.ROOT);
    List<Field> fields = new ArrayList<>();
    ObjectNode editable = Json.mapper().createObjectNode();
    node.fields().forEachRemaining(f -> {
      if (!FIXED.contains(f.getKey())) {
        fields.add(new Field(f.getKey(), text(f.getKey(), f.getValue(), names)));
        editable.set(f.getKey(), f.getValue());
      }
    });
    return new ItemView("item-" + kind + "-" + item.id(), kind, item.id(), css, summary(s.corrected(), node, names),
        s.state().name().toLowerCase(Locale.ROOT), fields, item.key().quote(),
        s.history().stream().map(ReviewRow::of).toList(), editable.toPrettyString());
  }

  private static String summary(Record record, ObjectNode node, Map<String, String> names) {
    if (record instanceof Entity e) {
      return e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")";
    }
    List<String> parts = new ArrayList<>();
    for (String f : List.of("status", "type", "action", "object", "target", "actor", "subject")) {
      JsonNode v = node.get(f);
      if (v != null && !v.isNull()) {
        parts.add((f.equals("target") ? "→ " : "") + text(f, v, names));
      }
    }
    return String.join(" ", parts);
  }

  /** A field's value as a person reads it: entity ids become names, places and dates their text. */
  private static String text(String field, JsonNode v, Map<String, String> names) {
    if (v == null || v.isNull() || (v.isArray() && v.isEmpty())) {
      return "—";
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(text(field, x, names)));
      return String.join(", ", parts);
    }
    if (v.isObject()) {
      JsonNode name = v.has("name") ? v.get("name") : v.get("text");
      return name != null && !name.isNull() ? name.asText() : v.toString();
    }
    String s = v.asText();
    return (REFERENCES.contains(field) || field.equals("occasion")) && names.containsKey(s) ? names.get(s) + " (" + s + ")" : s;
  }

  private static Map<String, String> names(ReviewedAnalysis reviewed) {
    Map<String, String> names = new HashMap<>();
    reviewed.machine().entities().forEach(e -> names.put(e.id(), e.name()));
    reviewed.machine().engagements().forEach(g -> names.put(g.id(), g.type().name().toLowerCase(Locale.ROOT)
        + (g.place() == null ? "" : " to " + g.place().name())));
    return names;
  }

  private static String title(ItemKind kind) {
    return switch (kind) {
      case ENTITY -> "Actors and places";
      case EVENT -> "Events";
      case ENGAGEMENT -> "Engagements";
      case ASK -> "Asks";
      case OUTCOME -> "Outcomes";
    };
  }
}
