package uk.tidemark.kernel.consent.query;

import uk.tidemark.kernel.consent.ConsentRecordId;

/** One entry of the register, with its history. */
public record FindImageConsent(ConsentRecordId recordId) {
}
