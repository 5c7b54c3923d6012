package uk.tidemark.kernel.consent.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.consent.*;
import uk.tidemark.kernel.incident.PersonId;

import java.time.LocalDate;

/** Record what the pupil's parents allow now (ALL lifts every restriction), from where and since when (null: today); the next review falls due a year from that day. On an ended entry (a pupil back on the roll) it starts the entry again. */
public record ChangeImageConsent(@TargetAggregateIdentifier ConsentRecordId recordId, ImageAllowance allowed, ConsentSource source, LocalDate givenOn, String note) {
}
