package uk.tidemark.kernel.policy.query;

import java.time.LocalDate;

/** One training record as the register shows it; {@code removed} when it was removed as entered in error. */
public record TrainingView(String id, String settingId, String person, String course, LocalDate completedOn,
                           LocalDate expiresOn, String recordedBy, boolean removed) {

    /** In date on {@code today}: it does not expire, or expires on or after today. */
    public boolean inDateOn(LocalDate today) {
        return expiresOn == null || !expiresOn.isBefore(today);
    }
}
