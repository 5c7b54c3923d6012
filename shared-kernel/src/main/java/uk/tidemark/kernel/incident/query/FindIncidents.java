package uk.tidemark.kernel.incident.query;

/** Which cases match the filter? Newest logged first; {@code page} counts from 0. */
public record FindIncidents(IncidentFilter filter, int page, int size) {
}
