package uk.tidemark.kernel.declaration.query;

import java.util.Set;

/**
 * The declarations a user may see, newest first: those they made ({@code declaredBy}), and all of the settings they
 * keep the declarations of ({@code settingIds}, empty for none).
 */
public record FindDeclarations(String declaredBy, Set<String> settingIds) {
}
