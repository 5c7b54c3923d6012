package uk.tidemark.kernel.complaint.query;

import java.util.Set;

/**
 * The complaints register, newest received first. Answers a list of {@link ComplaintSummary}.
 * {@code visibleSettingIds} is the caller's scope, set by the server: null means every setting, an empty set none.
 * {@code openOnly} leaves out closed and withdrawn complaints.
 */
public record FindComplaints(Set<String> visibleSettingIds, boolean openOnly) {
}
