package uk.tidemark.kernel.incident.query;

import java.util.Set;

/**
 * People named on cases, found by name: {@code text} anywhere in the name, whatever its case and accents ("zoe" finds
 * Zoë, "BRONWEN" finds Bronwen). Only cases of {@code visibleSettingIds} count, and none of {@code hiddenIncidentIds}
 * (those the caller is a subject of); a person with no case left is not found, unless they are on the roster (the MIS
 * list) of one of {@code visibleSettingIds}. At most {@code limit}, by name.
 */
public record FindPeople(String text, Set<String> visibleSettingIds, Set<String> hiddenIncidentIds, int limit) {

    public static final int MAX_LIMIT = 50;
}
