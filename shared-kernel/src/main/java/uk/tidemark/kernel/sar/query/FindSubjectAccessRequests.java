package uk.tidemark.kernel.sar.query;

import java.util.Set;

/** The subject access requests of these settings, the soonest due first. */
public record FindSubjectAccessRequests(Set<String> settingIds) {
}
