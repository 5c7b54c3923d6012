package uk.tidemark.command;

import uk.tidemark.command.reference.CaseReferences;

/** The references the aggregate tests allocate: one fixed reference for setting-1, none for a setting unknown. */
public final class References {

    public static final String REFERENCE = "SO-26-0042";
    public static final CaseReferences FIXED = (settingId, loggedAt) -> "setting-1".equals(settingId) ? REFERENCE : null;

    private References() {
    }
}
