package uk.tidemark.kernel.incident.query;

import java.time.Instant;

/**
 * A person found by name: how many of the caller's cases name them, and when the latest of those was logged; for a
 * person on a setting's roster, their year or class there ({@code group}, null when the list has none) and whether
 * they have left ({@code left}; both null for a person on no roster).
 */
public record PersonMatch(String personId, String name, int cases, Instant lastCaseAt, String group, Boolean left) {
}
