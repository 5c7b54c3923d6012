package uk.tidemark.kernel.officialaccount.command;

import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/**
 * Ask for an official account of a setting, naming its proposed lead (a user of the setting: username and name).
 * Whoever sends it (the actor) is the requester.
 */
public record RequestOfficialAccount(OfficialAccountId accountId, String settingId, Platform platform, String handle,
                                     String address, String purpose, String audience, String leadUsername,
                                     String leadName, String credentialsKeptAt) {
}
