package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.Engagement;
import helsinki.core.Entity;
import helsinki.core.Outcome;
import helsinki.extract.link.EngagementRule;
import helsinki.extract.link.InDocument;
import helsinki.extract.link.Match;
import helsinki.extract.link.ObjectSimilarity;
import helsinki.extract.link.OutcomeRule;
import helsinki.extract.link.SameActor;
import helsinki.store.EngagementMember;
import helsinki.store.ItemRef;
import helsinki.store.LinkKind;
import helsinki.store.Links;
import helsinki.store.OutcomeLink;
import helsinki.store.Store;
import helsinki.store.Transaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The link stage run by the library: after a document's analysis is saved, its engagements join the
 * library engagements they match, its outcomes are scored against the stored asks of their subject,
 * and its asks against the stored outcomes of their target (candidates are fetched by actor key and
 * date, never by reading every analysis). The rules are extract's; this class fetches and saves.
 */
final class Linker {

  /** How far apart in days two documents may be dated for their engagements to be compared. */
  private static final long ENGAGEMENT_WINDOW_DAYS = 366;
  private static final int PAGE = 200;

  private final ActorIdentity actors;
  private final Supplier<ObjectSimilarity> similarity;

  Linker(ActorIdentity actors, Supplier<ObjectSimilarity> similarity) {
    this.actors = actors;
    this.similarity = similarity;
  }

  /** Keys and links {@code analysis}, already saved, against the rest of the library in one transaction. */
  void link(Store store, Analysis analysis) {
    LinkedDocs docs = new LinkedDocs(store);
    store.transaction(tx -> {
      link(tx, docs, analysis);
      return null;
    });
  }

  /** Drops every link and links every analysed document again, in id order; returns how many it linked. */
  long relinkAll(Store store) {
    store.transaction(tx -> {
      tx.links().forgetAll();
      return null;
    });
    long n = 0;
    String after = "";
    for (List<String> ids = store.ids(after, PAGE); !ids.isEmpty(); ids = store.ids(after, PAGE)) {
      for (String id : ids) {
        var analysis = store.analysis(id);
        if (analysis.isPresent()) {
          link(store, analysis.get());
          n++;
        }
      }
      after = ids.get(ids.size() - 1);
    }
    return n;
  }

  private void link(Transaction tx, LinkedDocs docs, Analysis a) {
    Links links = tx.links();
    links.forget(a.id());
    docs.put(a);
    key(links, docs, a);
    SameActor same = (da, ea, db, eb) -> {
      Entity x = docs.entity(da, ea);
      Entity y = docs.entity(db, eb);
      return x != null && y != null && actors.same(da, x, db, y);
    };
    EngagementRule engagements = new EngagementRule(same);
    for (Engagement g : a.engagements()) {
      group(links, docs, engagements, a, g);
    }
    // The embedding model loads (seconds) only when some outcome and ask are actually compared.
    Supplier<OutcomeRule> outcomes = once(() -> new OutcomeRule(same, similarity.get()));
    for (Outcome o : a.outcomes()) {
      answer(links, docs, outcomes, a, o);
    }
    for (Ask k : a.asks()) {
      answered(links, docs, outcomes, a, k);
    }
  }

  /** Files each item of {@code a} under the keys of the actor it is about. */
  private void key(Links links, LinkedDocs docs, Analysis a) {
    for (Engagement g : a.engagements()) {
      keys(docs, a.id(), List.of(g.actor())).forEach(k -> links.key(new ItemRef(a.id(), g.id()), LinkKind.ENGAGEMENT, k, a.published()));
    }
    for (Ask k : a.asks()) {
      keys(docs, a.id(), askActors(k)).forEach(key -> links.key(new ItemRef(a.id(), k.id()), LinkKind.ASK, key, a.published()));
    }
    for (Outcome o : a.outcomes()) {
      List<String> subject = o.subject() == null ? List.of() : List.of(o.subject());
      keys(docs, a.id(), subject).forEach(k -> links.key(new ItemRef(a.id(), o.id()), LinkKind.OUTCOME, k, a.published()));
    }
  }

  /** The target, and for a nested ask ("urge Russian officials to repeal…") those it should finally move. */
  private static List<String> askActors(Ask k) {
    List<String> ids = new ArrayList<>();
    if (k.target() != null) {
      ids.add(k.target());
    }
    if (k.action() == AskAction.RAISE) {
      ids.addAll(k.counterparts());
    }
    return ids;
  }

  private Set<String> keys(LinkedDocs docs, String document, List<String> entityIds) {
    Set<String> keys = new LinkedHashSet<>();
    for (String id : entityIds) {
      Entity e = docs.entity(document, id);
      if (e != null) {
        keys.addAll(actors.keys(document, e));
      }
    }
    return keys;
  }

  /**
   * Joins engagement {@code g} to the library engagement it matches, or starts one. When it matches
   * members of several, they are one engagement after all and are merged, so that the grouping does not
   * depend on which document arrived first.
   */
  private void group(Links links, LinkedDocs docs, EngagementRule rule, Analysis a, Engagement g) {
    ItemRef self = new ItemRef(a.id(), g.id());
    LocalDate d = a.published();
    List<ItemRef> candidates = links.candidates(LinkKind.ENGAGEMENT, keys(docs, a.id(), List.of(g.actor())),
        d == null ? null : d.minusDays(ENGAGEMENT_WINDOW_DAYS), d == null ? null : d.plusDays(ENGAGEMENT_WINDOW_DAYS));
    Match best = null;
    Set<String> groups = new TreeSet<>();
    for (ItemRef ref : candidates) {
      if (ref.document().equals(a.id())) {
        continue;
      }
      var published = docs.get(ref.document()).map(Analysis::published).orElse(null);
      var m = docs.engagement(ref).flatMap(o -> rule.score(InDocument.of(a.id(), d, g), InDocument.of(ref.document(), published, o)));
      if (m.isPresent()) {
        groups.add(links.engagementOf(ref).orElseGet(() -> start(links, ref)));
        best = best == null || m.get().score() > best.score() ? m.get() : best;
      }
    }
    if (best == null) {
      start(links, self);
      return;
    }
    String into = groups.iterator().next();
    groups.stream().skip(1).forEach(other -> links.merge(other, into));
    links.join(new EngagementMember(into, self, best.score(), best.rule()));
  }

  private static String start(Links links, ItemRef first) {
    links.join(new EngagementMember(engagementId(first), first, 1.0, "first"));
    return engagementId(first);
  }

  /** Links outcome {@code o} to the stored asks it answers (asks of documents not dated after it). */
  private void answer(Links links, LinkedDocs docs, Supplier<OutcomeRule> rule, Analysis a, Outcome o) {
    if (o.subject() == null) {
      return;
    }
    InDocument<Outcome> outcome = new InDocument<>(a.id(), a.published(), o, engagement(links, a.id(), o.occasion()));
    for (ItemRef ref : links.candidates(LinkKind.ASK, keys(docs, a.id(), List.of(o.subject())), null, a.published())) {
      docs.ask(ref).ifPresent(k -> score(links, docs, rule, outcome, ref, k));
    }
  }

  /** Links the stored outcomes of other documents (not dated before it) that answer ask {@code k}. */
  private void answered(Links links, LinkedDocs docs, Supplier<OutcomeRule> rule, Analysis a, Ask k) {
    ItemRef self = new ItemRef(a.id(), k.id());
    for (ItemRef ref : links.candidates(LinkKind.OUTCOME, keys(docs, a.id(), askActors(k)), a.published(), null)) {
      if (ref.document().equals(a.id())) {
        continue;
      }
      var o = docs.outcome(ref);
      if (o.isEmpty()) {
        continue;
      }
      var published = docs.get(ref.document()).map(Analysis::published).orElse(null);
      InDocument<Outcome> outcome = new InDocument<>(ref.document(), published, o.get(), engagement(links, ref.document(), o.get().occasion()));
      score(links, docs, rule, outcome, self, k);
    }
  }

  private void score(Links links, LinkedDocs docs, Supplier<OutcomeRule> rule, InDocument<Outcome> outcome, ItemRef askRef,
      Ask k) {
    var askDate = docs.get(askRef.document()).map(Analysis::published).orElse(null);
    InDocument<Ask> ask = new InDocument<>(askRef.document(), askDate, k, engagement(links, askRef.document(), k.occasion()));
    rule.get().score(outcome, ask).ifPresent(m -> links.link(
        new OutcomeLink(new ItemRef(outcome.document(), outcome.item().id()), askRef, m.score(), m.rule()),
        outcome.item().status(), outcome.published()));
  }

  private static @Nullable String engagement(Links links, String document, @Nullable String occasion) {
    return occasion == null ? null : links.engagementOf(new ItemRef(document, occasion)).orElse(null);
  }

  /** {@code make}, called the first time the result is needed and not again. */
  private static <T> Supplier<T> once(Supplier<T> make) {
    List<T> made = new ArrayList<>(1);
    return () -> {
      if (made.isEmpty()) {
        made.add(make.get());
      }
      return made.get(0);
    };
  }

  /** A library engagement's id, from the member that started it: stable across runs in the same order. */
  static String engagementId(ItemRef first) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(first.toString().getBytes(StandardCharsets.UTF_8));
      return "g-" + HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
