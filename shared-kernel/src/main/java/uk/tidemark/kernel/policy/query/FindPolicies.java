package uk.tidemark.kernel.policy.query;

import java.util.Set;

/** Which policies do these settings have (null: every setting)? Answers a list of {@link PolicyView}, by title. */
public record FindPolicies(Set<String> visibleSettingIds) {
}
