package uk.tidemark.kernel.sar.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.register.RegisterRecordStarted;
import uk.tidemark.kernel.sar.SubjectAccessId;

import java.time.LocalDate;

/**
 * A subject access request was received: whose records, when, who asked, and the day the response is due (one
 * calendar month, decision 0053). {@code receivedBy} is the safeguarding lead who recorded it (the actor).
 */
@Revision("1")
public record SubjectAccessRequestReceived(SubjectAccessId requestId, String settingId, String receivedBy,
                                           PersonId personId, @Personal String personName, LocalDate receivedOn,
                                           @Personal String requester, LocalDate dueOn)
        implements SubjectAccessEvent, RegisterRecordStarted {

    @Override
    public String startedBy() {
        return receivedBy;
    }
}
