package uk.tidemark.kernel.complaint;

/** Where a complaint stands, as the register shows it (BRIEF.md "Complaint"). */
public enum ComplaintStage {
    RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL, PANEL, CLOSED, WITHDRAWN
}
