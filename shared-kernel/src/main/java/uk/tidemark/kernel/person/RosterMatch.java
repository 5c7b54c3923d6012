package uk.tidemark.kernel.person;

import uk.tidemark.kernel.incident.PersonRole;

/** A person on a setting's roster: no more than a person reporting a concern may see (names and class). */
public record RosterMatch(String personId, String settingId, String name, PersonRole role, String group,
                          boolean left) {
}
