package uk.tidemark.kernel.consent.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.register.RegisterRecordStarted;

import java.time.LocalDate;

/**
 * A pupil was put on the setting's image consent register. {@code reviewBy} is the working day the annual review
 * falls due, computed as it was recorded; {@code recordedBy} is the actor.
 */
@Revision("1")
public record ImageConsentRecorded(ConsentRecordId consentRecordId, String settingId, PersonId personId,
                                   @Personal String pupilName, ImageAllowance allowed, ConsentSource source,
                                   LocalDate givenOn,
                                   @Personal String note, LocalDate reviewBy, String recordedBy)
        implements ImageConsentEvent, RegisterRecordStarted {

    @Override
    public String startedBy() {
        return recordedBy;
    }
}
