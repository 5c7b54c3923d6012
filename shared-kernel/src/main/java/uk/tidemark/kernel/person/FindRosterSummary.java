package uk.tidemark.kernel.person;

/** How many people a setting's roster holds, by role, and how many of them have left. */
public record FindRosterSummary(String settingId) {
}
