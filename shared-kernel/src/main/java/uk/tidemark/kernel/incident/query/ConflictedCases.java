package uk.tidemark.kernel.incident.query;

import java.util.HashSet;
import java.util.Set;

/**
 * The cases hidden from one user by a conflict of interest: {@code incidentIds} names them as a subject, and
 * {@code linkedCaseIds} are the disciplinary cases and complaints opened from those incidents.
 */
public record ConflictedCases(Set<String> incidentIds, Set<String> linkedCaseIds) {

    public ConflictedCases {
        incidentIds = incidentIds == null ? Set.of() : Set.copyOf(incidentIds);
        linkedCaseIds = linkedCaseIds == null ? Set.of() : Set.copyOf(linkedCaseIds);
    }

    public static ConflictedCases none() {
        return new ConflictedCases(Set.of(), Set.of());
    }

    /** Whether the case, of whatever type, is hidden: by its own id, or by the incident it was opened from. */
    public boolean hides(String caseId, String linkedIncidentId) {
        return caseId != null && (incidentIds.contains(caseId) || linkedCaseIds.contains(caseId))
                || linkedIncidentId != null && incidentIds.contains(linkedIncidentId);
    }

    public boolean hides(String caseId) {
        return hides(caseId, null);
    }

    /** Every case id hidden, of every type. */
    public Set<String> all() {
        Set<String> all = new HashSet<>(incidentIds);
        all.addAll(linkedCaseIds);
        return Set.copyOf(all);
    }
}
