package uk.tidemark.kernel.declaration.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.declaration.DeclarationId;

/** The headteacher approves or refuses an approval sought, with reasons. */
public record DecideDeclaration(@TargetAggregateIdentifier DeclarationId declarationId, boolean approved,
                                String reasons) {
}
