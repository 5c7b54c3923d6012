package uk.tidemark.kernel.report;

import java.util.Set;

/**
 * The trustees' quarterly report for the settings the caller may report on; answers a {@link QuarterlyReport}.
 * {@code settingIds} is the caller's scope, set by the server; an empty set gives a report with no settings.
 * A case counts in the quarter it was logged (an incident), opened (an HR case) or received (a complaint), in UK
 * time, whatever has happened to it since: the figures describe that quarter's intake as it stands now.
 */
public record FindQuarterlyReport(int year, int quarter, Set<String> settingIds) {

    public FindQuarterlyReport {
        settingIds = settingIds == null ? Set.of() : Set.copyOf(settingIds);
    }

    public Quarter asQuarter() {
        return new Quarter(year, quarter);
    }
}
