package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/** A disciplinary case was opened; {@code openedBy} is copied from the command's actor metadata. */
@Revision("1")
public record DisciplinaryCaseOpened(DisciplinaryCaseId caseId, String settingId, String employeeName, PersonId employeePersonId,
                                     boolean isTeacher, boolean concernsHarmToChildren, String allegation,
                                     IncidentId linkedIncidentId, String openedBy) implements DisciplinaryEvent {
}
