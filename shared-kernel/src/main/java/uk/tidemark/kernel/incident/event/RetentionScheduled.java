package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.LocalDate;

/**
 * The case closed and the retention schedule set its review: on {@code reviewOn}, by {@code rule} (decision 0052).
 * The review deadline ({@code RETENTION_REVIEW}) falls due on the first working day on or after that date.
 */
@Revision("1")
public record RetentionScheduled(IncidentId incidentId, RetentionRule rule, LocalDate reviewOn)
        implements IncidentEvent {
}
