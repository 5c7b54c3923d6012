package uk.tidemark.kernel.person;

import uk.tidemark.kernel.incident.PersonRole;

/**
 * One person as the school's management information system (MIS) lists them: its id for them (the UPN of a pupil,
 * the staff code of a member of staff), their name as the school uses it, pupil or staff, and their year or class
 * ("Year 7", "7B"); null when the list has none.
 */
public record RosterEntry(String misId, String name, PersonRole role, String group) {
}
