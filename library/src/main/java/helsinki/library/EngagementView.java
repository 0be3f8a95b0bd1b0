package helsinki.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A library engagement: the documents' engagements that the link stage found to be one (an upcoming
 * visit in a letter, the visit and a meeting during it in a later report), with its actor's name, the
 * types and countries its members give, and the asks made for it.
 */
public record EngagementView(String id, @Nullable String actorName, List<EngagementType> types, List<String> countries,
    List<Member> members, List<String> asks) {

  /** Copies the lists. */
  public EngagementView {
    types = List.copyOf(types);
    countries = List.copyOf(countries);
    members = List.copyOf(members);
    asks = List.copyOf(asks);
  }

  /** One document's engagement in the group, with how it was joined. */
  public record Member(@JsonUnwrapped Engagement engagement, String document, double score, String rule) {}
}
