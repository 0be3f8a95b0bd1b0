package helsinki.library;

import java.util.List;

/** One row of UPR Info's recommendations export: the text, its issue labels, action category, response and session. */
record UprRecommendation(String text, List<String> themes, int action, boolean accepted, int session, String to, String from) {

  UprRecommendation {
    themes = List.copyOf(themes);
  }
}
