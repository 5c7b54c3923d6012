package uk.tidemark.kernel.declaration.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.declaration.DeclarationId;

/** A safeguarding lead noted a declared contact. */
@Revision("1")
public record DeclarationNoted(DeclarationId declarationId, @Personal String note) implements DeclarationEvent {
}
