package uk.tidemark.query.complaint;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.complaint.PanelDecision;

import java.time.Instant;
import java.util.List;

/**
 * One complaint in collection {@value #COLLECTION}, as {@link ComplaintRegisterProjection} keeps it. Calendar
 * dates are ISO strings (a LocalDate would be stored at midnight in the JVM's zone).
 */
@Document(collection = ComplaintDocument.COLLECTION)
class ComplaintDocument extends CaseHistoryDocument {
    static final String COLLECTION = "complaints";

    /** Null only until a complaint received before references is given one (decision 0038). */
    String reference;
    String settingId;
    ComplaintChannel channel;
    String complainant;
    String summary;
    String linkedIncidentId;
    String receivedBy;
    Instant receivedAt;
    /** The day it reached the setting (ISO); null in documents from before decision 0047. */
    String receivedOn;
    ComplaintStage stage;
    String acknowledgeBy;
    Instant acknowledgedAt;
    InformalEntry informal;
    FormalEntry formal;
    PanelEntry panel;
    Instant closedAt;
    String closingRationale;
    Instant withdrawnAt;
    String withdrawalReason;

    /** The date the step now awaited is due by, or null when nothing is awaited. */
    String nextDueBy() {
        if (stage == ComplaintStage.RECEIVED) {
            return acknowledgeBy;
        }
        if (stage == ComplaintStage.FORMAL && formal != null && formal.respondedAt() == null) {
            return formal.responseDueBy();
        }
        if (stage == ComplaintStage.PANEL && panel != null && panel.heldOn() == null && panel.decision() == null) {
            return panel.dueBy();
        }
        return null;
    }

    record InformalEntry(String outcome, Instant resolvedAt) {
    }

    record FormalEntry(String reason, Instant escalatedAt, String responseDueBy, String findings, String reasons,
                       String howToEscalate, Instant respondedAt) {
    }

    /** {@code hearingOn} and {@code hearingLate} are null until the hearing is set ahead (decision 0047). */
    record PanelEntry(String reason, Instant requestedAt, String dueBy, String heldOn, List<String> members,
                      PanelDecision decision, String reasons, Instant decidedAt, String hearingOn, Boolean hearingLate) {
    }

}
