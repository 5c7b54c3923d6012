package uk.tidemark.kernel.person;

import java.util.Set;

/**
 * People on the rosters of {@code settingIds} whose name contains {@code text}, case and accents aside, by name; at
 * most {@code limit}. Those marked as left only when {@code withLeavers}.
 */
public record FindOnRoster(String text, Set<String> settingIds, boolean withLeavers, int limit) {
    public static final int MAX_LIMIT = 50;
}
