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
    NEW_REPORT,
    /**
     * A deadline of the person's own falls due in a few working days and is not met yet (issue 18: a policy to
     * acknowledge): they alone are reminded, in the inbox and by e-mail.
     */
    DEADLINE_REMINDER,
    /**
     * A member of staff made a declaration (issue 18): contact on a personal account is told to the setting's
     * safeguarding leads, a request for approval to its headteachers; never the one who declared.
     */
    DECLARATION
}
