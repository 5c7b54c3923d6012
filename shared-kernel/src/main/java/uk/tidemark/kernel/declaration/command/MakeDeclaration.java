package uk.tidemark.kernel.declaration.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.declaration.*;

/**
 * A member of staff declares a contact ({@code contact}, {@code approval} null) or seeks an approval ({@code approval},
 * {@code contact} null). The declarer is the signed-in user (metadata). {@code decidedBy}: the username of the
 * headteacher who owns the decision on an approval, or null when the setting has none or several (then the setting's
 * safeguarding leads and headteachers answer for it).
 */
public record MakeDeclaration(@TargetAggregateIdentifier DeclarationId declarationId, String settingId,
                              String declarerName, DeclarationKind kind, Contact contact, ApprovalRequest approval,
                              String decidedBy) {
}
