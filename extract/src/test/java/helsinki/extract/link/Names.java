package helsinki.extract.link;

import java.util.HashMap;
import java.util.Map;

/** A test's actors: each document's entity ids named, and two entities the same actor when their names are equal. */
final class Names implements SameActor {

  private final Map<String, String> names = new HashMap<>();

  Names name(String document, String entity, String name) {
    names.put(document + "#" + entity, name);
    return this;
  }

  @Override
  public boolean test(String documentA, String entityA, String documentB, String entityB) {
    String a = names.get(documentA + "#" + entityA);
    return a != null && a.equals(names.get(documentB + "#" + entityB));
  }
}
