package helsinki.library;

import java.util.List;

/**
 * One page of the asks listing, in its order (document date, document, ask).
 *
 * @param asks the asks of the page
 * @param more whether asks that pass the same filters follow it
 */
public record AskPage(List<AskView> asks, boolean more) {

  public AskPage {
    asks = List.copyOf(asks);
  }
}
