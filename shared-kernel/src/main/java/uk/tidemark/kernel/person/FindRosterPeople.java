package uk.tidemark.kernel.person;

import java.util.Set;

/** The roster entries of these person ids, whichever setting's roster they are on, leavers included. */
public record FindRosterPeople(Set<String> personIds) {
}
