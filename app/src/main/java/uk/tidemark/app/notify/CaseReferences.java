package uk.tidemark.app.notify;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.query.ComplaintStatus;
import uk.tidemark.kernel.complaint.query.FindComplaintStatus;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryStatus;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryStatus;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.util.Optional;

/**
 * The reference a notification names its case by (decision 0038), read from the case's read model by {@code _id}: a
 * deadline is missed long after its case was opened, so the read model has it by then. Empty while it has not.
 */
@Component
class CaseReferences {

    private final QueryGateway queries;

    CaseReferences(QueryGateway queries) {
        this.queries = queries;
    }

    /** A case as a notification names it: its reference (null while unknown) and, for an incident, its category. */
    record Named(String reference, Category category) {
    }

    /** The case's reference and category, from its read model; nothing known while it has not the case yet. */
    Named named(CaseType type, String caseId) {
        if (type == CaseType.INCIDENT) {
            IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(caseId)),
                    ResponseTypes.instanceOf(IncidentDetail.class)).join();
            return detail == null ? new Named(null, null) : new Named(detail.reference(), detail.category());
        }
        return new Named(of(type, caseId).orElse(null), null);
    }

    Optional<String> of(CaseType type, String caseId) {
        return Optional.ofNullable(switch (type) {
            case INCIDENT -> {
                IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(caseId)),
                        ResponseTypes.instanceOf(IncidentDetail.class)).join();
                yield detail == null ? null : detail.reference();
            }
            case DISCIPLINARY -> queries.query(new FindDisciplinaryStatus(DisciplinaryCaseId.of(caseId)),
                    ResponseTypes.optionalInstanceOf(DisciplinaryStatus.class)).join()
                    .map(DisciplinaryStatus::reference).orElse(null);
            case COMPLAINT -> queries.query(new FindComplaintStatus(ComplaintId.of(caseId)),
                    ResponseTypes.optionalInstanceOf(ComplaintStatus.class)).join()
                    .map(ComplaintStatus::reference).orElse(null);
            // a register record has no reference, and its name (a pupil's, a member of staff's) stays out of e-mail:
            // the notification names the register and links to the record (decision 0050)
            case IMAGE_CONSENT, OFFICIAL_ACCOUNT, POLICY, DECLARATION, LOW_LEVEL_CONCERN, SUBJECT_ACCESS,
                 RECORD_TRANSFER -> null;
        });
    }
}
