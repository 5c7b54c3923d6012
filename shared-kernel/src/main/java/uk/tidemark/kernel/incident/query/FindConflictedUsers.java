package uk.tidemark.kernel.incident.query;

/**
 * Who is a subject of this case? {@code caseId} may be an incident, or a disciplinary case or complaint opened from
 * one, which inherits the incident's subjects. Answers {@link ConflictedUsers}: the usernames linked to a SUBJECT
 * (empty for an unknown case).
 */
public record FindConflictedUsers(String caseId) {
}
