package uk.tidemark.kernel.declaration.query;

import uk.tidemark.kernel.declaration.DeclarationId;

/** One declaration, as {@link DeclarationView}. */
public record FindDeclaration(DeclarationId declarationId) {
}
