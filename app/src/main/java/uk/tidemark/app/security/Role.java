package uk.tidemark.app.security;

/** What a user may do. A user holds one or more roles; their settings (or trust-wide) give the scope. */
public enum Role {
    /** Staff, volunteers: log a concern, see the cases they reported (status only). */
    STAFF,
    /** Designated safeguarding lead. */
    DSL,
    /** Deputy designated safeguarding lead: the DSL's powers. */
    DEPUTY_DSL,
    HR,
    /** Headteacher or centre manager: oversight, the alternate owner when a DSL is conflicted. */
    HEADTEACHER,
    /** Trustee or governor: quarterly reports only. */
    TRUSTEE,
    /** Users, settings, calendars, timescales; never case content. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
