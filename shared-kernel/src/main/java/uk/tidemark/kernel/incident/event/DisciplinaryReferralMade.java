package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/**
 * A staff subject was referred to HR. It carries what the disciplinary case is opened with (the referral is all
 * of the incident HR sees): the employee's name and person id, the setting and the allegation.
 */
@Revision("1")
public record DisciplinaryReferralMade(IncidentId incidentId, DisciplinaryCaseId disciplinaryCaseId, String settingId,
                                       PersonId personId, @Personal String employeeName, boolean isTeacher,
                                       boolean concernsHarmToChildren,
                                       @Personal String allegation) implements IncidentEvent {
}
