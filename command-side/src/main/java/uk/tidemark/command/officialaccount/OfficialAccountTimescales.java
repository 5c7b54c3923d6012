package uk.tidemark.command.officialaccount;

/**
 * How long an official account's obligations run: a moderator's DBS check is renewed every {@code dbsRenewalYears}
 * years; a handover (a new lead) is due {@code handoverDays} working days after the lead left. The password change
 * after someone leaves is always one working day, the review once a year (the policies' own terms).
 */
public record OfficialAccountTimescales(int dbsRenewalYears, int handoverDays) {
    public static final OfficialAccountTimescales DEFAULTS = new OfficialAccountTimescales(3, 5);
}
