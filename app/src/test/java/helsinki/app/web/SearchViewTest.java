package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.store.SearchResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchViewTest {

  @Test
  void each_page_link_states_the_same_query_and_filters_with_its_page_number() {
    for (SearchParams params : List.of(
        new SearchParams("detained journalists", null, null, null, null, null, null, null, 3),
        new SearchParams("", "Belarus Watch", "report", "BY", "en", "2021", "2021-03", null, 1),
        new SearchParams("", null, null, null, null, null, null, null, 2))) {
      SearchView view = SearchView.of(params, new SearchResults(245, List.of(), List.of()));
      assertThat(view.pages()).hasSize(25);
      for (SearchView.PageLink link : view.pages()) {
        assertThat(link.href()).isEqualTo("/search?" + params.onPage(link.number()).queryString());
        assertThat(link.current()).isEqualTo(link.number() == params.page());
      }
    }
  }
}
