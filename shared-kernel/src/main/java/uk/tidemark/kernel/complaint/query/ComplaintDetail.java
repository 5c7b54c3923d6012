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
                              List<HistoryEntry> history, Instant updatedAt, long version, LocalDate receivedOn) {

    /**
     * A complaint whose day of receipt is the day it was recorded (as every complaint before decision 0047).
     * {@code receivedOn} is the day it reached the setting, from which its timescales count; null in a complaint
     * recorded before it was asked for.
     */
    public ComplaintDetail(String complaintId, String reference, String settingId, ComplaintChannel channel,
                           String complainant, String summary, String linkedIncidentId, String receivedBy,
                           Instant receivedAt, ComplaintStage stage, LocalDate acknowledgeBy, Instant acknowledgedAt,
                           Informal informal, Formal formal, Panel panel, Instant closedAt, String closingRationale,
                           Instant withdrawnAt, String withdrawalReason, List<HistoryEntry> history,
                           Instant updatedAt, long version) {
        this(complaintId, reference, settingId, channel, complainant, summary, linkedIncidentId, receivedBy,
                receivedAt, stage, acknowledgeBy, acknowledgedAt, informal, formal, panel, closedAt, closingRationale,
                withdrawnAt, withdrawalReason, history, updatedAt, version, null);
    }

    public record Informal(String outcome, Instant resolvedAt) {
    }

    /** The response fields stay null until the written response is recorded. */
    public record Formal(String reason, Instant escalatedAt, LocalDate responseDueBy, String findings, String reasons,
                         String howToEscalate, Instant respondedAt) {
    }

    /**
     * The hearing and decision fields stay null until recorded; {@code hearingOn} is the day the hearing is set for
     * (null until it is set ahead, decision 0047), {@code hearingLate} whether that day is after {@code dueBy}.
     */
    public record Panel(String reason, Instant requestedAt, LocalDate dueBy, LocalDate heldOn, List<String> panelMembers,
                        PanelDecision decision, String reasons, Instant decidedAt, LocalDate hearingOn,
                        boolean hearingLate) {

        /** A panel whose hearing was not set ahead. */
        public Panel(String reason, Instant requestedAt, LocalDate dueBy, LocalDate heldOn, List<String> panelMembers,
                     PanelDecision decision, String reasons, Instant decidedAt) {
            this(reason, requestedAt, dueBy, heldOn, panelMembers, decision, reasons, decidedAt, null, false);
        }
    }

    /** One event of the complaint: when, its type (e.g. {@code PANEL_REQUESTED}), who (null for the clock), what. */
    public record HistoryEntry(Instant at, String type, String actor, String summary) {
    }
}
