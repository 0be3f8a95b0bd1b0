package helsinki.app.web;

import helsinki.core.ReviewState;
import helsinki.library.Decision;
import helsinki.store.ItemKind;
import helsinki.store.ReviewFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads review decisions and audit filters from what a form or an API call sends; a bad value is a 400. */
final class ReviewParams {

  static final int AUDIT_LIMIT = 100;
  static final int MAX_AUDIT_LIMIT = 1000;

  private ReviewParams() {}

  static Decision decision(@Nullable String kind, @Nullable String item, @Nullable String decision,
      @Nullable String correction, @Nullable String reviewer, @Nullable String note) {
    if (item == null || item.isBlank()) {
      throw HttpError.badRequest("name the item to review (item=A3)");
    }
    ReviewState state = state(decision);
    if (state == null) {
      throw HttpError.badRequest("say what you decide: decision=confirmed, corrected or rejected");
    }
    return new Decision(kind(kind, true), item.strip(), state, state == ReviewState.CORRECTED ? correction : null,
        reviewer == null ? "" : reviewer, note);
  }

  static ReviewFilter filter(@Nullable String document, @Nullable String reviewer, @Nullable String kind,
      @Nullable String decision, @Nullable String since, @Nullable String limit) {
    return new ReviewFilter(blank(document), blank(reviewer), kind(kind, false), state(decision), since(since), limit(limit));
  }

  private static @Nullable ItemKind kind(@Nullable String kind, boolean required) {
    if (kind == null || kind.isBlank()) {
      if (required) {
        throw HttpError.badRequest("name the item's kind: kind=" + names(ItemKind.values()));
      }
      return null;
    }
    try {
      return ItemKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("unknown kind '" + kind + "'; use " + names(ItemKind.values()));
    }
  }

  private static @Nullable ReviewState state(@Nullable String decision) {
    if (decision == null || decision.isBlank()) {
      return null;
    }
    try {
      ReviewState s = ReviewState.valueOf(decision.strip().toUpperCase(Locale.ROOT));
      if (s == ReviewState.SUGGESTED) {
        throw new IllegalArgumentException();
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("unknown decision '" + decision + "'; use confirmed, corrected or rejected");
    }
  }

  private static @Nullable Instant since(@Nullable String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return since.contains("T") ? Instant.parse(since.strip()) : LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest("since must be a date (2026-11-23) or an instant (2026-11-23T08:00:00Z), not '" + since + "'");
    }
  }

  private static int limit(@Nullable String limit) {
    if (limit == null || limit.isBlank()) {
      return AUDIT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n < 1 || n > MAX_AUDIT_LIMIT) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("limit must be a number from 1 to " + MAX_AUDIT_LIMIT + ", not '" + limit + "'");
    }
  }

  private static @Nullable String blank(@Nullable String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String names(Enum<?>[] values) {
    return String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
  }
}
