package uk.tidemark.kernel.incident.query;

import java.time.Instant;

/** A person found by name: how many of the caller's cases name them, and when the latest of those was logged. */
public record PersonMatch(String personId, String name, int cases, Instant lastCaseAt) {
}
