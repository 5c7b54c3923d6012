package uk.tidemark.kernel.consent.query;

import java.util.Set;

/**
 * The entries of the registers of {@code settingIds}, by pupil name; ended ones only when {@code withEnded}.
 * {@code personIds}, when not null, narrows to those pupils (the quick check, an incident's people).
 */
public record FindImageConsents(Set<String> settingIds, Set<String> personIds, boolean withEnded) {
}
