package helsinki.app.web;

import helsinki.core.Analysis;
import helsinki.core.Outcome;
import helsinki.library.AskFilter;
import helsinki.library.AskView;
import helsinki.library.EngagementView;
import helsinki.library.Library;
import helsinki.library.LinkedOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engagement page and {@code /api/engagements/{id}} show: the library engagement, its
 * actor's canonical id and name, the dates its members give, each member with its document, the asks made
 * for it, and the outcomes reported about it (tied to it, or answering one of its asks).
 */
record EngagementDetail(EngagementView engagement, @Nullable String actor, @Nullable String actorName, @Nullable LocalDate start, @Nullable LocalDate end,
    List<MemberRow> members, List<AskView> asks, List<OutcomeRow> outcomes) {

  /** A member engagement with its document. */
  record MemberRow(EngagementView.Member member, DocRefs.DocRef document) {}

  /** An outcome with its document, and the link's score and rule when it was linked to one of the asks. */
  record OutcomeRow(Outcome outcome, DocRefs.DocRef document, @Nullable Double score, @Nullable String rule) {}

  static EngagementDetail of(Library library, EngagementView g) {
    DocRefs docs = new DocRefs(library);
    List<MemberRow> members = g.members().stream().map(m -> new MemberRow(m, docs.of(m.document()))).toList();
    String actor = g.members().stream().map(m -> library.actorOf(m.document(), m.engagement().actor()))
        .flatMap(java.util.Optional::stream).findFirst().orElse(null);
    LocalDate start = null;
    LocalDate end = null;
    for (EngagementView.Member m : g.members()) {
      if (m.engagement().when() != null) {
        start = min(start, m.engagement().when().start());
        end = max(end, Objects.requireNonNullElse(m.engagement().when().end(), m.engagement().when().start()));
      }
    }
    List<AskView> asks = library.asks(new AskFilter(null, null, null, g.id()));
    String name = actor == null ? g.actorName() : library.actor(actor).map(helsinki.store.StoredActor::name).orElse(g.actorName());
    return new EngagementDetail(g, actor, name, start, end, members, asks, outcomes(docs, g, asks));
  }

  private static List<OutcomeRow> outcomes(DocRefs docs, EngagementView g, List<AskView> asks) {
    Map<String, OutcomeRow> rows = new LinkedHashMap<>();
    for (EngagementView.Member m : g.members()) {
      Analysis a = docs.analysis(m.document()).orElse(null);
      if (a != null) {
        a.outcomes().stream().filter(o -> m.engagement().id().equals(o.occasion()))
            .forEach(o -> rows.putIfAbsent(m.document() + "#" + o.id(), new OutcomeRow(o, docs.of(m.document()), null, null)));
      }
    }
    for (AskView ask : asks) {
      for (LinkedOutcome o : ask.outcomes()) {
        // A linked outcome carries its answers; prefer it over the bare one read above.
        rows.put(o.document() + "#" + o.outcome().id(), new OutcomeRow(o.outcome(), docs.of(o.document()), o.score(), o.rule()));
      }
    }
    List<OutcomeRow> list = new ArrayList<>(rows.values());
    list.sort(java.util.Comparator.comparing((OutcomeRow r) -> r.document().published(),
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    return list;
  }

  private static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static @Nullable LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
