package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.EngagementType;
import helsinki.core.Entity;
import helsinki.core.OutcomeStatus;
import helsinki.store.Answer;
import helsinki.store.EngagementMember;
import helsinki.store.ItemRef;
import helsinki.store.LinkKind;
import helsinki.store.Links;
import helsinki.store.OutcomeLink;
import helsinki.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The asks and engagements listings, read from the link tables and the stored analyses. An ask's
 * status is decided on read by its linked outcomes: the one from the most recently published
 * document wins (undated documents count as older than dated ones; then the higher score); OPEN
 * when none is linked.
 */
final class Listings {

  /** How many rows of keys a page reads from the index at a time (more when one document has more). */
  private static final int BATCH = 500;

  private final Store store;
  private final ActorIdentity actors;
  private final int batch;

  Listings(Store store, ActorIdentity actors) {
    this(store, actors, BATCH);
  }

  /** Listings that page through the link keys {@code batch} rows at a time. */
  Listings(Store store, ActorIdentity actors, int batch) {
    this.store = store;
    this.actors = actors;
    this.batch = batch;
  }

  List<AskView> asks(AskFilter filter) {
    return store.transaction(tx -> {
      Links links = tx.links();
      LinkedDocs docs = new LinkedDocs(store);
      @Nullable String occasion = null;
      if (filter.occasion() != null) {
        Optional<String> group = occasion(links, filter.occasion().strip());
        if (group.isEmpty()) {
          return List.of();
        }
        occasion = group.get();
      }
      List<ItemRef> refs = filter.target() == null ? links.items(LinkKind.ASK)
          : links.candidates(LinkKind.ASK, actors.queryKeys(filter.target()), null, null);
      List<AskView> views = new ArrayList<>();
      for (ItemRef ref : refs) {
        Optional<Ask> ask = docs.ask(ref);
        if (ask.isEmpty() || !wanted(docs, ref.document(), ask.get(), filter)) {
          continue;
        }
        String engagement = ask.get().occasion() == null ? null
            : links.engagementOf(new ItemRef(ref.document(), ask.get().occasion())).orElse(null);
        if (occasion != null && !occasion.equals(engagement)) {
          continue;
        }
        AskView view = view(LinkReads.in(links), docs, ref, ask.get(), engagement);
        if (filter.status() == null || filter.status() == view.status()) {
          views.add(view);
        }
      }
      views.sort(Comparator.comparing((AskView v) -> published(docs, v.document()), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(AskView::document).thenComparing(v -> number(v.ask().id())));
      return views;
    });
  }

  /**
   * The asks that {@code filter} and {@code keep} select, skipping the first {@code offset} and keeping
   * at most {@code limit}, in the order of {@link #asks}. Reads the asks in listing order from the
   * link keys' index a batch at a time and stops when the page is full, so that a page reads the
   * analyses of its own asks (and of those the filters pass over), not of the whole library.
   */
  AskPage page(AskFilter filter, Predicate<AskView> keep, int offset, int limit) {
    // No transaction around the page: each read holds the store's lock briefly, and the analyses are
    // parsed and the views built between reads, so that concurrent requests do not queue on one lock.
    LinkReads links = LinkReads.each(store);
    LinkedDocs docs = LinkedDocs.withoutText(store);
    @Nullable String occasion = null;
    if (filter.occasion() != null) {
      Optional<String> group = links.read(l -> occasion(l, filter.occasion().strip()));
      if (group.isEmpty()) {
        return new AskPage(List.of(), false);
      }
      occasion = group.get();
    }
    Collection<String> keys = filter.target() == null ? null : actors.queryKeys(filter.target());
    // Only an ask that some outcome answers can have a status other than OPEN; the links' stored
    // statuses (V8) say which answered asks have the status asked for, without reading analyses.
    Set<ItemRef> only = filter.status() == null || filter.status() == OutcomeStatus.OPEN ? null
        : having(links.read(Links::answers), filter.status());
    List<AskView> views = new ArrayList<>();
    int passed = 0;
    for (Iterator<ItemRef> refs = new ListedAsks(links, keys, only, batch); refs.hasNext(); ) {
      AskView view = selected(links, docs, refs.next(), filter, occasion);
      if (view == null || !keep.test(view) || passed++ < offset) {
        continue;
      }
      if (views.size() == limit) {
        return new AskPage(views, true);
      }
      views.add(view);
    }
    return new AskPage(views, false);
  }

  /** The listed ask {@code id} of document {@code document}, as {@link #asks} would list it, if there is one. */
  Optional<AskView> ask(String document, String id) {
    ItemRef ref = new ItemRef(document, id);
    LinkReads links = LinkReads.each(store);
    return links.read(l -> l.keyed(ref, LinkKind.ASK))
        ? Optional.ofNullable(selected(links, LinkedDocs.withoutText(store), ref, AskFilter.all(), null))
        : Optional.<AskView>empty();
  }

  /**
   * The asks whose current status, decided by {@code answers} as {@link #view} decides it from their
   * outcomes (the most recently published outcome document wins, undated ones oldest; then the higher
   * score; then the later outcome), is {@code status}.
   */
  static Set<ItemRef> having(List<Answer> answers, OutcomeStatus status) {
    Comparator<Answer> order = Comparator.comparing(Answer::published, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
        .thenComparingDouble(a -> a.link().score())
        .thenComparing(a -> a.link().outcome().document()).thenComparing(a -> a.link().outcome().item());
    Map<ItemRef, Answer> deciding = new HashMap<>();
    for (Answer a : answers) {
      deciding.merge(a.link().ask(), a, (x, y) -> order.compare(x, y) >= 0 ? x : y);
    }
    Set<ItemRef> having = new HashSet<>();
    deciding.forEach((ask, a) -> {
      if (a.status() == status) {
        having.add(ask);
      }
    });
    return having;
  }

  /** The view of the ask at {@code ref} if it passes {@code filter}, else null. */
  private @Nullable AskView selected(LinkReads links, LinkedDocs docs, ItemRef ref, AskFilter filter, @Nullable String occasion) {
    Optional<Ask> ask = docs.ask(ref);
    if (ask.isEmpty() || !wanted(docs, ref.document(), ask.get(), filter)) {
      return null;
    }
    String engagement = ask.get().occasion() == null ? null
        : links.read(l -> l.engagementOf(new ItemRef(ref.document(), ask.get().occasion()))).orElse(null);
    if (occasion != null && !occasion.equals(engagement)) {
      return null;
    }
    AskView view = view(links, docs, ref, ask.get(), engagement);
    return filter.status() == null || filter.status() == view.status() ? view : null;
  }

  private boolean wanted(LinkedDocs docs, String document, Ask ask, AskFilter filter) {
    return named(docs, document, ask.target(), filter.target()) && named(docs, document, ask.requester(), filter.requester());
  }

  private boolean named(LinkedDocs docs, String document, @Nullable String entityId, @Nullable String name) {
    if (name == null) {
      return true;
    }
    Entity e = docs.entity(document, entityId);
    return e != null && actors.named(document, e, name);
  }

  /** The library engagement an {@code --occasion} names: its own id, or one of its members as {@code documentId#G1}. */
  private static Optional<String> occasion(Links links, String id) {
    if (!links.members(id).isEmpty()) {
      return Optional.of(id);
    }
    int hash = id.indexOf('#');
    return hash < 0 ? Optional.empty() : links.engagementOf(new ItemRef(id.substring(0, hash), id.substring(hash + 1)));
  }

  private AskView view(LinkReads links, LinkedDocs docs, ItemRef ref, Ask ask, @Nullable String engagement) {
    List<LinkedOutcome> outcomes = new ArrayList<>();
    for (OutcomeLink l : links.read(x -> x.answering(ref))) {
      docs.outcome(l.outcome()).ifPresent(o -> {
        List<String> answers = links.read(x -> x.fromOutcomesOf(l.outcome().document())).stream()
            .filter(x -> x.outcome().equals(l.outcome())).map(x -> x.ask().toString()).toList();
        outcomes.add(new LinkedOutcome(new helsinki.core.Outcome(o.id(), o.subject(), o.action(), o.object(), o.status(),
            o.occasion(), answers, o.evidence()), l.outcome().document(), published(docs, l.outcome().document()),
            l.score(), l.rule(), docs.name(l.outcome().document(), o.subject())));
      });
    }
    outcomes.sort(Comparator.comparing((LinkedOutcome o) -> o.published(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingDouble(LinkedOutcome::score));
    OutcomeStatus status = outcomes.isEmpty() ? OutcomeStatus.OPEN : outcomes.get(outcomes.size() - 1).outcome().status();
    return new AskView(ask, ref.document(), status, outcomes, docs.name(ref.document(), ask.requester()),
        docs.name(ref.document(), ask.target()), engagement);
  }

  List<EngagementView> engagements(@Nullable String actor) {
    return store.transaction(tx -> {
      Links links = tx.links();
      LinkedDocs docs = new LinkedDocs(store);
      List<EngagementView> views = new ArrayList<>();
      for (String id : links.engagements()) {
        List<EngagementView.Member> members = new ArrayList<>();
        for (EngagementMember m : links.members(id)) {
          docs.engagement(m.item()).ifPresent(g -> members.add(new EngagementView.Member(g, m.item().document(), m.score(), m.rule())));
        }
        if (members.isEmpty() || actor != null && members.stream().noneMatch(m -> named(docs, m.document(), m.engagement().actor(), actor))) {
          continue;
        }
        views.add(view(docs, id, members));
      }
      return views;
    });
  }

  private static EngagementView view(LinkedDocs docs, String id, List<EngagementView.Member> members) {
    Set<EngagementType> types = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (EngagementView.Member m : members) {
      Engagement g = m.engagement();
      types.add(g.type());
      if (g.place() != null && g.place().country() != null) {
        countries.add(g.place().country());
      }
    }
    List<String> asks = new ArrayList<>();
    for (EngagementView.Member m : members) {
      docs.get(m.document()).ifPresent(a -> a.asks().stream()
          .filter(k -> Objects.equals(k.occasion(), m.engagement().id()))
          .forEach(k -> asks.add(m.document() + "#" + k.id())));
    }
    EngagementView.Member first = members.get(0);
    return new EngagementView(id, docs.name(first.document(), first.engagement().actor()), List.copyOf(types),
        List.copyOf(countries), members, asks);
  }

  private static @Nullable LocalDate published(LinkedDocs docs, String document) {
    return docs.get(document).map(Analysis::published).orElse(null);
  }

  /** The number in an item id ("A12" → 12; 0 when it has none), read without a regular expression: sorting calls it often. */
  static int number(String id) {
    int n = 0;
    boolean any = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
        any = true;
      }
    }
    return any ? n : 0;
  }
}
