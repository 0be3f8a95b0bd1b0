package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.AskAction;
import helsinki.core.DocumentKind;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Evidence;
import helsinki.core.ReviewState;
import helsinki.core.Span;
import helsinki.store.ItemKey;
import helsinki.store.ItemKind;
import helsinki.store.ReviewRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision finds its item again when a new analysis renumbers items or the text moves. */
class ReviewMatcherTest {

  private static final String TEXT = "Dear Minister Rivas: we urge you to free the editors. We also ask you to visit the prison.";

  @Test
  void a_decision_follows_its_ask_when_ids_are_renumbered_and_offsets_move() {
    Ask free = ask("A1", TEXT, "we urge you to free the editors");
    ReviewRecord decided = new ReviewRecord(1, "d-1", Item.of(analysis(TEXT, List.of(free), List.of())).get(0).key(),
        "A1", ReviewState.REJECTED, null, "Ana", null, Instant.EPOCH);

    String moved = "Urgent. " + TEXT;
    Analysis later = analysis(moved, List.of(ask("A1", moved, "We also ask you to visit the prison"),
        ask("A2", moved, "we urge you to free the editors")), List.of());

    ReviewedAnalysis r = Reviewing.of(later, List.of(decided));
    assertThat(r.reviews().get(0).itemId()).isEqualTo("A2");
    assertThat(r.state(ItemKind.ASK, "A2")).isEqualTo(ReviewState.REJECTED);
    assertThat(r.state(ItemKind.ASK, "A1")).isEqualTo(ReviewState.SUGGESTED);
    assertThat(r.effective().asks()).extracting(Ask::id).containsExactly("A1");
  }

  @Test
  void a_decision_follows_an_ask_whose_evidence_grew_and_an_entity_by_its_name() {
    ReviewRecord ask = new ReviewRecord(1, "d-1", new ItemKey(ItemKind.ASK, 21, 52, "we urge you to free the editors"),
        "A1", ReviewState.CONFIRMED, null, "Ana", null, Instant.EPOCH);
    ReviewRecord person = new ReviewRecord(2, "d-1", new ItemKey(ItemKind.ENTITY, 5, 19, "Minister Rivas"),
        "E1", ReviewState.CONFIRMED, null, "Ana", null, Instant.EPOCH);
    Entity rivas = new Entity("E3", EntityType.PERSON, "Rivas", List.of("Minister Rivas"), List.of("Minister"), null,
        List.of(new Span(14, 19)));
    Analysis later = analysis(TEXT, List.of(ask("A1", TEXT, "we urge you to free the editors.")), List.of(rivas));

    ReviewedAnalysis r = Reviewing.of(later, List.of(ask, person));
    assertThat(r.reviews()).extracting(Review::itemId).containsExactly("A1", "E3");
  }

  @Test
  void a_decision_whose_item_is_gone_is_kept_detached() {
    ReviewRecord gone = new ReviewRecord(1, "d-1", new ItemKey(ItemKind.OUTCOME, 0, 4, "Dear"), "O1",
        ReviewState.CONFIRMED, null, "Ana", null, Instant.EPOCH);
    ReviewedAnalysis r = Reviewing.of(analysis(TEXT, List.of(), List.of()), List.of(gone));
    assertThat(r.detached()).hasSize(1);
  }

  private static Ask ask(String id, String text, String quote) {
    int start = text.indexOf(quote);
    return new Ask(id, null, null, AskAction.RELEASE, "the editors", List.of(), null, null, null, null, List.of(),
        Evidence.of(text, start, start + quote.length()));
  }

  private static Analysis analysis(String text, List<Ask> asks, List<Entity> entities) {
    return new Analysis(Analysis.FORMAT, "d-1", "x.txt", null, null, null, List.of(), null, "en", DocumentKind.LETTER,
        List.of(), text, List.of(), List.of(), List.of(), entities, List.of(), List.of(), asks, List.of());
  }
}
