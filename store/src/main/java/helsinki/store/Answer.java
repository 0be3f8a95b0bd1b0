package helsinki.store;

import helsinki.core.OutcomeStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stored outcome link with what decides the ask's status: the outcome's {@code status} and the
 * date its document was {@code published} (null when undated).
 */
public record Answer(OutcomeLink link, OutcomeStatus status, @Nullable LocalDate published) {}
