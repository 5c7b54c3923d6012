package uk.tidemark.kernel.consent.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.consent.*;
import uk.tidemark.kernel.incident.PersonId;

import java.time.LocalDate;

/** Record that what is allowed was checked with the family and stands, on {@code reviewedOn} (null: today); the next review falls due a year from that day. */
public record ReviewImageConsent(@TargetAggregateIdentifier ConsentRecordId recordId, LocalDate reviewedOn, String note) {
}
