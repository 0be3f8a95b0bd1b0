package helsinki.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void one_gazetteer_on_four_threads_resolves_as_on_one() throws Exception {
    Gazetteer gazetteer = Gazetteer.load();
    List<String> texts = List.of(
        "Police in Atlanta, Georgia detained a reporter from Tbilisi.",
        "Congo and Korea voted while Kinshasa and Pyongyang watched.",
        "Crimean Tatars were tried in Simferopol and Moscow; Chechnya stayed silent.",
        "Paris, Texas is not Paris; Côte d'Ivoire is Ivory Coast.");
    List<Places> alone = texts.stream().map(t -> gazetteer.resolveText("", t)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Places>> futures = new ArrayList<>();
      for (int round = 0; round < 50; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> gazetteer.resolveText("", t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(alone.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_mention_with_impossible_offsets_is_refused_with_its_text() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Places.Mention("Peru", 5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Peru");
  }
}
