package uk.tidemark.kernel.officialaccount;

/** What someone does on an official account: the one lead, its administrators, its moderators. */
public enum AccountRole {
    LEAD, ADMINISTRATOR, MODERATOR
}
