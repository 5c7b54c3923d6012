package uk.tidemark.kernel.incident.query;

import java.util.List;

/** One page of the case list. */
public record IncidentPage(List<IncidentSummary> items, int page, int size, long total) {
}
