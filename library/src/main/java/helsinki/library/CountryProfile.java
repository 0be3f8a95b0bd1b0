package helsinki.library;

import helsinki.core.Ask;
import helsinki.core.EntityType;
import helsinki.core.ReviewState;
import helsinki.store.LabelCount;
import helsinki.store.SearchHit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the library holds about one country: its documents, the actors of that country named in them,
 * the asks concerning it and its events over time, read from the reviewed analyses of its newest
 * documents (at most {@code analysesRead}).
 *
 * @param code ISO 3166-1 alpha-2
 * @param name the country's English name, when the code is known
 * @param documents how many documents are about it
 * @param documentsByYear documents about it per publication year, oldest first
 * @param eventsByYear events placed in it per year, oldest first
 * @param recent its newest documents
 * @param analysesRead how many documents' analyses the actors, asks and events were read from
 */
public record CountryProfile(
    String code,
    @Nullable String name,
    long documents,
    List<LabelCount> documentsByYear,
    List<LabelCount> eventsByYear,
    List<SearchHit> recent,
    List<ActorCount> actors,
    List<CountryAsk> asks,
    int analysesRead) {

  /**
   * An actor of the country, by name (until actors are merged across the library), and how many documents name it.
   *
   * @param roles the roles documents give it, most frequent first
   */
  public record ActorCount(String name, EntityType type, long documents, List<String> roles) {}

  /**
   * An ask concerning the country: its target is of that country, or, with a target of no known
   * country, the document is mostly about it.
   *
   * @param target the target's name, if known
   * @param requester the requester's name, if known
   * @param state a person's decision on the ask, SUGGESTED when nobody decided
   */
  public record CountryAsk(String documentId, @Nullable String documentTitle, Ask ask, @Nullable String target,
      @Nullable String requester, ReviewState state) {}

  public CountryProfile {
    documentsByYear = List.copyOf(documentsByYear);
    eventsByYear = List.copyOf(eventsByYear);
    recent = List.copyOf(recent);
    actors = List.copyOf(actors);
    asks = List.copyOf(asks);
  }
}
