package uk.tidemark.kernel.sar.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.sar.SubjectAccessId;

import java.time.LocalDate;

/** The response was extended by two further months for a complex request; {@code dueOn} is the new day. */
@Revision("1")
public record SubjectAccessExtended(SubjectAccessId requestId, @Personal String reason, LocalDate dueOn)
        implements SubjectAccessEvent {
}
