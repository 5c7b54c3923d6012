package uk.tidemark.kernel.officialaccount.query;

import java.util.Set;

/**
 * The official accounts of these settings (null: of every setting, for the application's own checks), newest
 * request first. Answers a list of {@link OfficialAccountView}.
 */
public record FindOfficialAccounts(Set<String> settingIds) {
}
