package helsinki.store;

import helsinki.core.EventType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the library fetches an event of a kept analysis by: its type, country and days (the reported
 * time, else its document's date; null when neither is known).
 */
public record EventKey(ItemRef item, EventType type, @Nullable String country, @Nullable LocalDate firstDay,
    @Nullable LocalDate lastDay) {}
