package uk.tidemark.kernel.incident.query;

/**
 * How many cases match the filter, by stage and by severity? The dashboard's counts: the same filter, and so the
 * same scope (settings, conflict of interest), as the case list it summarises.
 */
public record FindCaseCounts(IncidentFilter filter) {
}
