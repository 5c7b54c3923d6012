package uk.tidemark.kernel.incident;

/** For a case whose subject is a member of staff or a volunteer: the KCSIE Part 4 route. */
public enum AllegationRoute {
    NONE, LOW_LEVEL_CONCERN, HARM_THRESHOLD
}
