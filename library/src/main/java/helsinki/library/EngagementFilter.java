package helsinki.library;

import org.jspecify.annotations.Nullable;

/** Which library engagements to list: by the name of their actor (a name, alias or surname); null is any. */
public record EngagementFilter(@Nullable String actor) {

  /** Every engagement. */
  public static EngagementFilter all() {
    return new EngagementFilter(null);
  }
}
