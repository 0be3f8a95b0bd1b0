package helsinki.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import helsinki.core.Json;
import java.util.Iterator;
import java.util.Map;

/** A person's correction of an item: a JSON object of FORMAT.md fields and their new values, checked and applied. */
final class Corrections {

  private Corrections() {}

  /**
   * {@code item}'s record with {@code correction}'s fields put in; fails with a one-line reason
   * when the correction is not a JSON object, names a field the item has not (or its id), or gives a
   * value the field cannot hold.
   */
  static Record apply(Item item, String correction) {
    JsonNode fix;
    try {
      fix = Json.mapper().readTree(correction);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the correction is not JSON: " + e.getOriginalMessage());
    }
    if (fix == null || !fix.isObject() || fix.isEmpty()) {
      throw new IllegalArgumentException("the correction must be a JSON object of the fields to change, like {\"action\": \"MEET\"}");
    }
    ObjectNode node = Json.mapper().valueToTree(item.record());
    for (Iterator<Map.Entry<String, JsonNode>> it = fix.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getKey().equals("id") || !node.has(f.getKey())) {
        throw new IllegalArgumentException("an " + item.kind().name().toLowerCase(java.util.Locale.ROOT)
            + " has no field '" + f.getKey() + "' that can be corrected; it has " + fieldNames(node));
      }
      node.set(f.getKey(), f.getValue());
    }
    try {
      return Json.mapper().treeToValue(node, item.record().getClass());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException("the correction does not fit the item: " + why.lines().findFirst().orElse(""));
    }
  }

  /**
   * The fields of {@code correction} whose values differ from {@code item}'s, as a compact JSON
   * object; fails like {@link #apply} on a bad correction, and when it changes nothing.
   */
  static String changes(Item item, String correction) {
    Record corrected = apply(item, correction);
    ObjectNode before = Json.mapper().valueToTree(item.record());
    ObjectNode after = Json.mapper().valueToTree(corrected);
    ObjectNode changed = Json.mapper().createObjectNode();
    after.fields().forEachRemaining(f -> {
      if (!f.getValue().equals(before.get(f.getKey()))) {
        changed.set(f.getKey(), f.getValue());
      }
    });
    if (changed.isEmpty()) {
      throw new IllegalArgumentException("the correction changes nothing; to agree with the item, confirm it");
    }
    return Json.line(changed);
  }

  private static String fieldNames(ObjectNode node) {
    StringBuilder b = new StringBuilder();
    node.fieldNames().forEachRemaining(n -> {
      if (!n.equals("id")) {
        b.append(b.length() == 0 ? "" : ", ").append(n);
      }
    });
    return b.toString();
  }
}
