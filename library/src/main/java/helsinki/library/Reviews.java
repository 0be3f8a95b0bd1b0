package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.InputException;
import helsinki.core.ReviewState;
import helsinki.store.ReviewFilter;
import helsinki.store.ReviewRecord;
import helsinki.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The review use cases: record a person's decision on an item, list decisions, apply them to an analysis. */
final class Reviews {

  /** Longer names are refused: the column holds 200 characters and a name is not an essay. */
  private static final int MAX_REVIEWER = 200;

  private final Store store;
  private final Function<String, Optional<Analysis>> analyses;
  private final Clock clock;

  Reviews(Store store, Function<String, Optional<Analysis>> analyses, Clock clock) {
    this.store = store;
    this.analyses = analyses;
    this.clock = clock;
  }

  Review review(String documentId, Decision d) throws InputException {
    String what = documentId + " " + d.itemId();
    ReviewedAnalysis reviewed = reviewed(documentId).orElseThrow(() -> new InputException(documentId, "there is no such document"));
    ReviewedAnalysis.ItemState state = reviewed.item(d.kind(), d.itemId()).orElseThrow(() -> new InputException(what,
        "the document's analysis has no " + d.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + d.itemId()));
    Item item = state.item();
    String reviewer = d.reviewer().strip();
    if (reviewer.isEmpty() || reviewer.length() > MAX_REVIEWER) {
      throw new InputException(what, "a decision needs the reviewer's name (at most " + MAX_REVIEWER + " characters)");
    }
    if (d.state() == ReviewState.SUGGESTED) {
      throw new InputException(what, "decide CONFIRMED, CORRECTED or REJECTED; SUGGESTED is the machine's state");
    }
    String correction = null;
    if (d.state() == ReviewState.CORRECTED) {
      if (d.correction() == null || d.correction().isBlank()) {
        throw new InputException(what, "a correction needs the corrected fields, like {\"action\": \"MEET\"}");
      }
      try {
        // Kept: only the fields that differ from the item as it stands (machine's, or as corrected before).
        correction = Corrections.changes(new Item(item.kind(), item.id(), item.key(), state.corrected()), d.correction());
      } catch (IllegalArgumentException e) {
        throw new InputException(what, e.getMessage());
      }
    }
    String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
    ReviewRecord draft = new ReviewRecord(0, documentId, item.key(), item.id(), d.state(), correction, reviewer, note,
        clock.instant());
    ReviewRecord saved = store.transaction(tx -> tx.addReview(draft));
    return new Review(saved, item.id());
  }

  Optional<ReviewedAnalysis> reviewed(String documentId) {
    return analyses.apply(documentId).map(this::reviewed);
  }

  ReviewedAnalysis reviewed(Analysis analysis) {
    return Reviewing.of(analysis, store.reviews(analysis.id()));
  }

  List<Review> audit(ReviewFilter filter) {
    Map<String, Optional<ReviewedAnalysis>> byDocument = new HashMap<>();
    List<Review> out = new ArrayList<>();
    for (ReviewRecord r : store.audit(filter)) {
      Optional<ReviewedAnalysis> reviewed = byDocument.computeIfAbsent(r.documentId(), this::reviewed);
      String itemId = reviewed.flatMap(ra -> ra.reviews().stream().filter(x -> x.record().id() == r.id()).findFirst())
          .map(Review::itemId).orElse(null);
      out.add(new Review(r, itemId));
    }
    return out;
  }
}
