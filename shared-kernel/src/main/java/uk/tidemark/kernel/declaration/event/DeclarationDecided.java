package uk.tidemark.kernel.declaration.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.declaration.DeclarationId;

/** The headteacher approved or refused an approval sought. */
@Revision("1")
public record DeclarationDecided(DeclarationId declarationId, boolean approved, @Personal String reasons)
        implements DeclarationEvent {
}
