package uk.tidemark.query.register.declaration;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.declaration.*;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;

/** One staff declaration in collection {@code declarations}, as {@link DeclarationProjection} keeps it. */
@Document(collection = RegisterProjections.DECLARATIONS)
class DeclarationDocument extends CaseHistoryDocument {
    public String settingId;
    public String declaredBy;
    public String declarerName;
    public DeclarationKind kind;
    public DeclarationState state;
    public Instant declaredAt;
    public Contact contact;
    public ApprovalRequest approval;
    public String decisionOwner;
    /** ISO day, as every calendar day of the read models. */
    public String decideBy;
    public String note;
    public String notedBy;
    public Instant notedAt;
    public Boolean approved;
    public String reasons;
    public String decidedBy;
    public Instant decidedAt;
    public String incidentId;
    /** The few words that name the declaration (the deadline board shows them). */
    public String summary;
}
