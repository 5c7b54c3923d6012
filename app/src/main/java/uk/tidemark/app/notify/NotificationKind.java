package uk.tidemark.app.notify;

/** What a notification is about. */
public enum NotificationKind {
    /** A concern was logged with "immediate risk" ticked: the setting's safeguarding leads are told at once. */
    IMMEDIATE_RISK,
    /** A case's deadline passed unmet: its owner (or the people who would own it) is told. */
    DEADLINE_MISSED,
    /**
     * A case role was asked for, confirmed or declined (decision 0026): the setting's safeguarding leads and
     * headteacher, and whoever may confirm, are told.
     */
    ROLE_CHANGE,
    /**
     * A concern was logged without "immediate risk": the setting's safeguarding leads who chose to be told about
     * every new report ({@link NewReports}, decision 0044) are told, in the inbox and, if they chose, by e-mail.
     */
    NEW_REPORT
}
