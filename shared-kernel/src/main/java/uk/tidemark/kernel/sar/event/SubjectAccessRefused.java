package uk.tidemark.kernel.sar.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessId;

/** The request was refused on a legal ground, with the reasons the requester is told. */
@Revision("1")
public record SubjectAccessRefused(SubjectAccessId requestId, Exemption ground, @Personal String reasons)
        implements SubjectAccessEvent {
}
