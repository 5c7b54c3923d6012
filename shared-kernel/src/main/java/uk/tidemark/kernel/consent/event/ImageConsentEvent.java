package uk.tidemark.kernel.consent.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.register.RegisterEvent;

/** Every event of a pupil's image consent entry: filed by the audit trail under the entry (decision 0050). */
public interface ImageConsentEvent extends RegisterEvent {

    ConsentRecordId consentRecordId();

    @Override
    default CaseType recordType() {
        return CaseType.IMAGE_CONSENT;
    }

    @Override
    default String recordId() {
        return consentRecordId().value();
    }
}
