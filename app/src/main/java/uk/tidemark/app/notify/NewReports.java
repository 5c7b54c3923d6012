package uk.tidemark.app.notify;

/**
 * Whether a user is told about every new report of their settings (decision 0044): a report of a child at immediate
 * risk is told to every safeguarding lead whatever they chose; this is about the others.
 */
public enum NewReports {
    /** Not told (the default): the dashboard lists new reports. */
    OFF,
    /** An entry in the inbox. */
    IN_APP,
    /** An entry in the inbox and an e-mail (when e-mail is configured and the account has an address). */
    EMAIL
}
