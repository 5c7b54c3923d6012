package uk.tidemark.kernel.incident.query;

/** Which cases match the filter? Newest logged first; {@code page} counts from 0. */
public record FindIncidents(IncidentFilter filter, int page, int size) {

    /** The largest page the query side answers; the API refuses larger requests rather than cut them short. */
    public static final int MAX_PAGE_SIZE = 100;
}
