package uk.tidemark.kernel.sar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessId;

/** A safeguarding lead refuses the request on a legal ground, with the reasons the requester is told. */
public record RefuseSubjectAccess(@TargetAggregateIdentifier SubjectAccessId requestId, Exemption ground,
                                  String reasons) {
}
