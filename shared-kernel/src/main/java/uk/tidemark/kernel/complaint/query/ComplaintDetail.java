package uk.tidemark.kernel.complaint.query;

import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.complaint.PanelDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole record of a complaint. Stages not reached are null. {@code version} is the sequence number of the last
 * event applied (the aggregate version a client sends back in {@code If-Match}). {@code reference} is the
 * complaint's short reference (decision 0038); null only for a complaint received before references existed.
 */
public record ComplaintDetail(String complaintId, String reference, String settingId, ComplaintChannel channel, String complainant,
                              String summary, String linkedIncidentId, String receivedBy, Instant receivedAt,
                              ComplaintStage stage, LocalDate acknowledgeBy, Instant acknowledgedAt,
                              Informal informal, Formal formal, Panel panel, Instant closedAt,
                              String closingRationale, Instant withdrawnAt, String withdrawalReason,
                              List<HistoryEntry> history, Instant updatedAt, long version) {

    public record Informal(String outcome, Instant resolvedAt) {
    }

    /** The response fields stay null until the written response is recorded. */
    public record Formal(String reason, Instant escalatedAt, LocalDate responseDueBy, String findings, String reasons,
                         String howToEscalate, Instant respondedAt) {
    }

    /** The hearing and decision fields stay null until recorded. */
    public record Panel(String reason, Instant requestedAt, LocalDate dueBy, LocalDate heldOn, List<String> panelMembers,
                        PanelDecision decision, String reasons, Instant decidedAt) {
    }

    /** One event of the complaint: when, its type (e.g. {@code PANEL_REQUESTED}), who (null for the clock), what. */
    public record HistoryEntry(Instant at, String type, String actor, String summary) {
    }
}
