package uk.tidemark.kernel.sar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.sar.SubjectAccessId;

import java.time.LocalDate;

/**
 * A subject access request received by a setting (UK GDPR article 15): whose records ({@code personId}, as the
 * person directory names them), the day it was received, and who asked (the person, or a parent or solicitor on
 * their behalf). The response falls due one calendar month from {@code receivedOn}.
 */
public record ReceiveSubjectAccessRequest(@TargetAggregateIdentifier SubjectAccessId requestId, String settingId, PersonId personId,
                                          String personName, LocalDate receivedOn, String requester) {
}
