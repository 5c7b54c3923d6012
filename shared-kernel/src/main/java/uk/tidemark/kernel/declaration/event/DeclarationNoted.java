package uk.tidemark.kernel.declaration.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.declaration.DeclarationId;

/** A safeguarding lead noted a declared contact. */
@Revision("1")
public record DeclarationNoted(DeclarationId declarationId, String note) implements DeclarationEvent {
}
