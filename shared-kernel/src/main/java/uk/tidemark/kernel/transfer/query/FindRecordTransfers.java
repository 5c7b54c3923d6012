package uk.tidemark.kernel.transfer.query;

import java.util.Set;

/** The transfers out of or into any of {@code settingIds}, the latest first. */
public record FindRecordTransfers(Set<String> settingIds) {
}
