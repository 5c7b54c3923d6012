package uk.tidemark.kernel.declaration.query;

import uk.tidemark.kernel.declaration.*;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration as the register shows it. {@code notedBy}/{@code decidedBy} are usernames (pages show names);
 * {@code decisionOwner} the headteacher who owns the decision on an approval (null for none in particular).
 */
public record DeclarationView(String declarationId, String settingId, String declaredBy, String declarerName,
                              DeclarationKind kind, DeclarationState state, Instant declaredAt, Contact contact,
                              ApprovalRequest approval, String decisionOwner, LocalDate decideBy, String note,
                              String notedBy, Instant notedAt, Boolean approved, String reasons, String decidedBy,
                              Instant decidedAt, String incidentId, String summary, long version) {
}
