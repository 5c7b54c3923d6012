package uk.tidemark.kernel.report;

import java.util.Set;

/**
 * The first year (UK time) in which any of the settings logged an incident, opened an HR case or received a
 * complaint; answers an {@link Integer}, 0 when they have none. The report offers only the years from then.
 */
public record FindReportYears(Set<String> settingIds) {

    public FindReportYears {
        settingIds = settingIds == null ? Set.of() : Set.copyOf(settingIds);
    }
}
