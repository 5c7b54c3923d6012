package uk.tidemark.kernel.declaration.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.declaration.*;
import uk.tidemark.kernel.register.RegisterRecordStarted;

import java.time.LocalDate;

/**
 * A member of staff made a declaration. {@code declaredBy} is copied from the command's actor metadata; {@code
 * decideBy} is the last working day of the headteacher's decision on an approval (null for a contact), and {@code
 * decidedBy} who owns it (null for nobody in particular).
 */
@Revision("1")
public record DeclarationMade(DeclarationId declarationId, String settingId, String declaredBy,
                              @Personal String declarerName,
                              DeclarationKind kind, Contact contact, ApprovalRequest approval, String decidedBy,
                              LocalDate decideBy) implements DeclarationEvent, RegisterRecordStarted {

    @Override
    public String startedBy() {
        return declaredBy;
    }
}
