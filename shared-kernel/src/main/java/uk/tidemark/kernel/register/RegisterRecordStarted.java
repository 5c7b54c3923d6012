package uk.tidemark.kernel.register;

import java.util.Set;

/**
 * The first event of a register record: it says once and for all where the record belongs, as the first event of a
 * case does ({@code CaseLocator}). Who may see the record is decided from these facts on every request.
 */
public interface RegisterRecordStarted extends RegisterEvent {

    /** The setting whose register holds the record. */
    String settingId();

    /** The username who started it (who asked, declared, published or recorded). */
    String startedBy();

    /**
     * The usernames the record is about and who must never see it (the member of staff a low-level concerns record
     * is about); empty when nobody is excluded.
     */
    default Set<String> subjects() {
        return Set.of();
    }
}
