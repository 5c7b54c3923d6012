package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/**
 * A disciplinary case was opened; {@code openedBy} is copied from the command's actor metadata.
 * {@code employeeUsername} is the employee's own Tidemark account when they have one: a conflict of interest, so
 * the case is hidden from them everywhere. It is null in events stored before it existed, and in cases opened from
 * an incident, which inherit the incident's subjects instead. {@code reference} is the case's short reference,
 * allocated by the aggregate as it is opened (decision 0038); null in events stored before references existed.
 */
@Revision("1")
public record DisciplinaryCaseOpened(DisciplinaryCaseId caseId, String settingId, @Personal String employeeName,
                                     PersonId employeePersonId,
                                     boolean isTeacher, boolean concernsHarmToChildren, @Personal String allegation,
                                     IncidentId linkedIncidentId, String openedBy, @Personal String employeeUsername,
                                     String reference)
        implements DisciplinaryEvent {

    /** A case opened without a reference, as before decision 0038. */
    public DisciplinaryCaseOpened(DisciplinaryCaseId caseId, String settingId, String employeeName,
                                  PersonId employeePersonId, boolean isTeacher, boolean concernsHarmToChildren,
                                  String allegation, IncidentId linkedIncidentId, String openedBy,
                                  String employeeUsername) {
        this(caseId, settingId, employeeName, employeePersonId, isTeacher, concernsHarmToChildren, allegation,
                linkedIncidentId, openedBy, employeeUsername, null);
    }

    /** A case whose employee is not linked to a Tidemark account. */
    public DisciplinaryCaseOpened(DisciplinaryCaseId caseId, String settingId, String employeeName,
                                  PersonId employeePersonId, boolean isTeacher, boolean concernsHarmToChildren,
                                  String allegation, IncidentId linkedIncidentId, String openedBy) {
        this(caseId, settingId, employeeName, employeePersonId, isTeacher, concernsHarmToChildren, allegation,
                linkedIncidentId, openedBy, null, null);
    }
}
