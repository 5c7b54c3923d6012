package uk.tidemark.kernel.officialaccount.query;

import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** One official account in full. Answers an {@code Optional<OfficialAccountView>}, empty when unknown. */
public record FindOfficialAccount(OfficialAccountId accountId) {
}
