package uk.tidemark.kernel.incident.query;

import java.util.Set;

/** The usernames of the users who are subjects of a case: none of them may see it, act on it or own it. */
public record ConflictedUsers(Set<String> usernames) {

    public ConflictedUsers {
        usernames = usernames == null ? Set.of() : Set.copyOf(usernames);
    }

    public boolean contains(String username) {
        return username != null && usernames.contains(username);
    }
}
