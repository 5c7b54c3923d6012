package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/**
 * Refer a staff subject of the case to HR. The caller generates {@code disciplinaryCaseId}; the disciplinary case
 * is opened from the resulting event, carrying this incident's id, so the two cases link both ways.
 * {@code personId} must name a person on the case who is a SUBJECT with role STAFF.
 */
public record ReferToDisciplinary(@TargetAggregateIdentifier IncidentId incidentId, DisciplinaryCaseId disciplinaryCaseId,
                                  PersonId personId, boolean isTeacher, boolean concernsHarmToChildren,
                                  String allegation) {
}
