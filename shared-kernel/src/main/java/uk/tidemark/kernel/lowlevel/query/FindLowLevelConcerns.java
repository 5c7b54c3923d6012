package uk.tidemark.kernel.lowlevel.query;

import java.util.Set;

/** The records of these settings, less the one about {@code hiddenFrom} (never shown to its member of staff). */
public record FindLowLevelConcerns(Set<String> settingIds, String hiddenFrom) {
}
