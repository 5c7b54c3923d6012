package uk.tidemark.kernel.sar.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessId;

/**
 * The reviewed bundle was released: the SHA-256 of its PDF and JSON exactly as stored (the audit entry of this event
 * shows them), how many records it holds, and for a partial disclosure the ground and what was withheld.
 */
@Revision("1")
public record SubjectAccessReleased(SubjectAccessId requestId, String pdfSha256, String jsonSha256, int records,
                                    Exemption withheldOn, @Personal String withheld) implements SubjectAccessEvent {

    /** Whether part of the records was withheld on a legal ground. */
    public boolean partial() {
        return withheldOn != null;
    }
}
