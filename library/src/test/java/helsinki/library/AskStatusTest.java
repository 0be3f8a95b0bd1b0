package helsinki.library;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.core.OutcomeStatus;
import helsinki.store.Answer;
import helsinki.store.ItemRef;
import helsinki.store.OutcomeLink;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An ask's status decided from its stored links, as the listing decides it from the outcomes. */
class AskStatusTest {

  private static final ItemRef ASK = new ItemRef("d-1", "A1");

  @Test
  void the_outcome_of_the_latest_document_decides_and_an_undated_one_counts_as_oldest() {
    List<Answer> answers = List.of(answer("d-2", 0.9, OutcomeStatus.MET, LocalDate.of(2021, 1, 1)),
        answer("d-3", 0.5, OutcomeStatus.NOT_MET, LocalDate.of(2022, 1, 1)), answer("d-4", 1.0, OutcomeStatus.REJECTED, null));
    assertThat(Listings.having(answers, OutcomeStatus.NOT_MET)).containsExactly(ASK);
    assertThat(Listings.having(answers, OutcomeStatus.MET)).isEmpty();
    assertThat(Listings.having(answers, OutcomeStatus.REJECTED)).isEmpty();
  }

  @Test
  void on_the_same_date_the_higher_score_decides_then_the_later_outcome() {
    LocalDate day = LocalDate.of(2021, 5, 5);
    assertThat(Listings.having(List.of(answer("d-2", 0.9, OutcomeStatus.MET, day), answer("d-3", 0.5, OutcomeStatus.NOT_MET, day)),
        OutcomeStatus.MET)).containsExactly(ASK);
    assertThat(Listings.having(List.of(answer("d-3", 0.7, OutcomeStatus.NOT_MET, day), answer("d-2", 0.7, OutcomeStatus.MET, day)),
        OutcomeStatus.NOT_MET)).containsExactly(ASK);
  }

  private static Answer answer(String document, double score, OutcomeStatus status, @Nullable LocalDate published) {
    return new Answer(new OutcomeLink(new ItemRef(document, "O1"), ASK, score, "rule"), status, published);
  }
}
