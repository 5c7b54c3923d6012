package uk.tidemark.kernel.consent.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.consent.*;
import uk.tidemark.kernel.incident.PersonId;

import java.time.LocalDate;

/** Put a pupil on the setting's image consent register: what is allowed, where it came from and the day it was given (null: today; never in the future). The annual review falls due a year from that day. Who recorded it is the signed-in user (metadata). */
public record RecordImageConsent(@TargetAggregateIdentifier ConsentRecordId recordId, String settingId, PersonId personId, String pupilName, ImageAllowance allowed, ConsentSource source, LocalDate givenOn, String note) {
}
