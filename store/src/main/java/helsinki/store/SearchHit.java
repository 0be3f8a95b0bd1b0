package helsinki.store;

import helsinki.core.DocumentKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One matching document, with what a result list shows of it. */
public record SearchHit(
    String id,
    @Nullable String title,
    @Nullable String publisher,
    DocumentKind kind,
    @Nullable LocalDate published,
    String source,
    float score,
    Snippet snippet) {}
