package helsinki.app.web;

import helsinki.core.Analysis;
import helsinki.core.Outcome;
import helsinki.library.AskFilter;
import helsinki.library.AskView;
import helsinki.library.EngagementFilter;
import helsinki.library.EngagementView;
import helsinki.library.Library;
import helsinki.store.ActorRole;
import helsinki.store.StoredActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the actor page and {@code /api/actors/{id}} show of one canonical actor: the actor, its
 * documents, the asks it received with their statuses, the outcomes about it, the library
 * engagements it is the actor of, and a timeline of all of these.
 */
record ActorDetail(StoredActor actor, List<DocRefs.DocRef> documents, List<AskView> asks, List<OutcomeRow> outcomes,
    List<EngagementView> engagements, List<Moment> timeline) {

  /** An outcome with the document that reports it. */
  record OutcomeRow(Outcome outcome, DocRefs.DocRef document) {}

  static ActorDetail of(Library library, StoredActor actor) {
    DocRefs docs = new DocRefs(library);
    List<DocRefs.DocRef> documents = actor.documents().stream().map(docs::of).toList();
    List<AskView> asks = library.asks(new AskFilter(actor.name(), null, null, null)).stream()
        .filter(a -> is(library, actor, a.document(), a.ask().target())).toList();
    List<OutcomeRow> outcomes = new ArrayList<>();
    for (String id : actor.documents()) {
      Analysis analysis = docs.analysis(id).orElse(null);
      if (analysis != null) {
        analysis.outcomes().stream().filter(o -> is(library, actor, id, o.subject()))
            .forEach(o -> outcomes.add(new OutcomeRow(o, docs.of(id))));
      }
    }
    List<EngagementView> engagements = library.engagements(new EngagementFilter(actor.name())).stream()
        .filter(g -> g.members().stream().anyMatch(m -> is(library, actor, m.document(), m.engagement().actor()))).toList();
    return new ActorDetail(actor, documents, asks, outcomes, engagements, timeline(docs, actor, asks, outcomes, engagements));
  }

  private static boolean is(Library library, StoredActor actor, String document, @org.jspecify.annotations.Nullable String entity) {
    return entity != null && library.actorOf(document, entity).map(actor.id()::equals).orElse(false);
  }

  private static List<Moment> timeline(DocRefs docs, StoredActor actor, List<AskView> asks, List<OutcomeRow> outcomes,
      List<EngagementView> engagements) {
    List<Moment> moments = new ArrayList<>();
    for (String id : actor.documents()) {
      DocRefs.DocRef d = docs.of(id);
      moments.add(new Moment(d.published(), "document", "Named in " + Objects.requireNonNullElse(d.title(), id), "/documents/" + id));
    }
    for (ActorRole r : actor.roles()) {
      if (r.first() != null) {
        moments.add(new Moment(r.first(), "role", "First seen as " + r.role(), "#roles"));
      }
    }
    for (AskView a : asks) {
      moments.add(new Moment(docs.published(a.document()), "ask", "Asked to " + verb(a) + " (" + a.status() + ")",
          "/asks/" + a.document() + "/" + a.ask().id()));
    }
    for (OutcomeRow o : outcomes) {
      moments.add(new Moment(o.document().published(), "outcome", "Reported " + o.outcome().status() + ": "
          + verb(o.outcome().action().name(), o.outcome().object()), "/documents/" + o.document().id()));
    }
    for (EngagementView g : engagements) {
      for (EngagementView.Member m : g.members()) {
        java.time.LocalDate when = m.engagement().when() == null ? null : m.engagement().when().start();
        moments.add(new Moment(when == null ? docs.published(m.document()) : when, "engagement",
            g.types().get(0).name().toLowerCase(Locale.ROOT) + ": " + m.engagement().evidence().quote(), "/engagements/" + g.id()));
      }
    }
    moments.sort(Moment.ORDER);
    return moments;
  }

  private static String verb(AskView a) {
    return verb(a.ask().action().name(), a.ask().object());
  }

  private static String verb(String action, @org.jspecify.annotations.Nullable String object) {
    String v = action.toLowerCase(Locale.ROOT).replace('_', ' ');
    return object == null ? v : v + " " + object;
  }
}
