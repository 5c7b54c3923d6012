package uk.tidemark.kernel.person;

/** A setting's roster in numbers: pupils and staff on it now, and people marked as left. */
public record RosterSummary(String settingId, int pupils, int staff, int others, int left) {
    public int current() {
        return pupils + staff + others;
    }
}
