package uk.tidemark.kernel.incident;

import uk.tidemark.kernel.Personal;
/**
 * A person named on a case, with their role and how they are involved. {@code username} links the person to a
 * Tidemark user (null when they are not one, or not known to be): a user who is a SUBJECT of a case has a
 * conflict of interest and never sees the case. Events stored before the link existed read back with null.
 */
public record Person(PersonId personId, @Personal String name, PersonRole role, Involvement involvement,
                     @Personal String username) {

    /** A person not linked to a user. */
    public Person(PersonId personId, String name, PersonRole role, Involvement involvement) {
        this(personId, name, role, involvement, null);
    }

    /** The person as a user's account: this person, linked to {@code username}. */
    public Person linkedTo(String username) {
        return new Person(personId, name, role, involvement, username);
    }

    /** The username of a user who is a subject of the case (conflicted), or null. Not a bean getter on purpose. */
    public String conflictedUsername() {
        return involvement == Involvement.SUBJECT && username != null && !username.isBlank() ? username : null;
    }
}
