package helsinki.app.web;

import helsinki.core.Engagement;
import helsinki.library.AskView;
import helsinki.library.Library;
import helsinki.library.LinkedOutcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An ask's evidence chain: the ask in its document, its target's and requester's canonical actor ids, the engagement it was made for, and each outcome with its document. */
record AskChain(AskView ask, DocRefs.DocRef document, @Nullable String target, @Nullable String requester,
    @Nullable Engagement occasion, List<Step> outcomes) {

  /** An outcome of the chain with the document that reports it. */
  record Step(LinkedOutcome linked, DocRefs.DocRef document) {}

  static AskChain of(Library library, AskView ask) {
    DocRefs docs = new DocRefs(library);
    Engagement occasion = ask.ask().occasion() == null ? null : docs.analysis(ask.document())
        .flatMap(a -> a.engagements().stream().filter(g -> g.id().equals(ask.ask().occasion())).findFirst()).orElse(null);
    return new AskChain(ask, docs.of(ask.document()), actor(library, ask.document(), ask.ask().target()),
        actor(library, ask.document(), ask.ask().requester()), occasion,
        ask.outcomes().stream().map(o -> new Step(o, docs.of(o.document()))).toList());
  }

  /** The canonical actor id of entity {@code entity} of {@code document}, or null. */
  static @Nullable String actor(Library library, String document, @Nullable String entity) {
    return entity == null ? null : library.actorOf(document, entity).orElse(null);
  }
}
