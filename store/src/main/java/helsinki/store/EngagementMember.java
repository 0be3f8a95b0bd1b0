package helsinki.store;

/**
 * One document's engagement as a member of library engagement {@code engagement}, with the score and
 * reason it was joined by (1.0 and "first" for the member that started it).
 */
public record EngagementMember(String engagement, ItemRef item, double score, String rule) {}
