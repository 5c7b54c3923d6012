package uk.tidemark.kernel.report;

import java.util.Set;

/**
 * The published reports a reader may see: those whose every setting is in {@code settingIds} (the reader's scope,
 * set by the server), every version, newest quarter first and within a quarter the newest version first. Answers a
 * list of {@link PublicationSummary}; an empty scope sees none.
 */
public record FindReportPublications(Set<String> settingIds) {

    public FindReportPublications {
        settingIds = settingIds == null ? Set.of() : Set.copyOf(settingIds);
    }
}
