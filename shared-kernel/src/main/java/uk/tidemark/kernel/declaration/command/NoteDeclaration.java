package uk.tidemark.kernel.declaration.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.declaration.DeclarationId;

/** A safeguarding lead acknowledges a declared contact, with a note. */
public record NoteDeclaration(@TargetAggregateIdentifier DeclarationId declarationId, String note) {
}
