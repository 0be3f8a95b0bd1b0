package helsinki.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the link keys as the asks listing reads them: a keyed item and its document's date. */
public record KeyRow(@Nullable LocalDate published, ItemRef item) {}
