package helsinki.extract;

import helsinki.core.Annotated;
import helsinki.core.Document;
import helsinki.core.Entity;
import helsinki.nlp.places.Places;
import java.util.List;

/**
 * What extraction reads: the document, its annotation, its resolved entities, the ids of the letter's
 * addressees among them, and the places the gazetteer resolved in its text.
 */
public record Input(
    Document document, Annotated annotated, List<Entity> entities, List<String> addressees, List<Places.Resolved> places) {

  /** Copies the lists so that the input cannot change under extraction. */
  public Input {
    entities = List.copyOf(entities);
    addressees = List.copyOf(addressees);
    places = List.copyOf(places);
  }
}
