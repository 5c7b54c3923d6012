package uk.tidemark.kernel.complaint;

/**
 * The states the transition table is written against. Finer than the kernel's {@link ComplaintStage}: whether a
 * panel can be requested depends on whether the formal response has been sent, and whether the panel can
 * decide on whether it has met, so those steps inside a stage are states of their own here. Each state names
 * the stage the register shows for it.
 */
public enum ComplaintState {
    RECEIVED(ComplaintStage.RECEIVED, "received, not yet acknowledged"),
    ACKNOWLEDGED(ComplaintStage.ACKNOWLEDGED, "acknowledged to the complainant"),
    INFORMAL(ComplaintStage.INFORMAL, "resolved informally; closed if the complainant is satisfied, else taken to the formal stage"),
    FORMAL(ComplaintStage.FORMAL, "at the formal stage, being investigated; no written response yet"),
    RESPONDED(ComplaintStage.FORMAL, "formal stage, written response sent"),
    PANEL_REQUESTED(ComplaintStage.PANEL, "a panel has been requested; no hearing yet"),
    HEARD(ComplaintStage.PANEL, "the panel has met; no decision yet"),
    DECIDED(ComplaintStage.PANEL, "the panel has decided"),
    CLOSED(ComplaintStage.CLOSED, "closed"),
    WITHDRAWN(ComplaintStage.WITHDRAWN, "withdrawn by the complainant");

    private final ComplaintStage stage;
    private final String meaning;

    ComplaintState(ComplaintStage stage, String meaning) {
        this.stage = stage;
        this.meaning = meaning;
    }

    public ComplaintStage stage() {
        return stage;
    }

    public String meaning() {
        return meaning;
    }

    /** Closed and withdrawn complaints accept nothing more. */
    public boolean isFinished() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
