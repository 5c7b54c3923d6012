package uk.tidemark.kernel.consent.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.consent.*;
import uk.tidemark.kernel.incident.PersonId;

import java.time.LocalDate;

/** The pupil left the setting: the entry ends, its review deadline is cancelled, and it is kept for the record. */
public record EndImageConsent(@TargetAggregateIdentifier ConsentRecordId recordId, String reason) {
}
