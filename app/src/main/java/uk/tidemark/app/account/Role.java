package uk.tidemark.app.account;

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

    /** The role in the words people use. */
    public String label() {
        return switch (this) {
            case DSL -> "Designated safeguarding lead";
            case DEPUTY_DSL -> "Deputy designated safeguarding lead";
            case HR -> "HR";
            case HEADTEACHER -> "Headteacher or centre manager";
            case TRUSTEE -> "Trustee or governor";
            case ADMIN -> "Administrator";
            case STAFF -> "Staff or volunteer";
        };
    }
}
