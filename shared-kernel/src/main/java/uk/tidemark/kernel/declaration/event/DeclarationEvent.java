package uk.tidemark.kernel.declaration.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.declaration.DeclarationId;
import uk.tidemark.kernel.register.RegisterEvent;

/** An event of a staff declaration, filed by the audit trail under the declaration (decision 0050). */
public interface DeclarationEvent extends RegisterEvent {

    DeclarationId declarationId();

    @Override
    default CaseType recordType() {
        return CaseType.DECLARATION;
    }

    @Override
    default String recordId() {
        return declarationId().value();
    }
}
