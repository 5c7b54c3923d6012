package uk.tidemark.kernel.complaint;

/** What the panel of trustees or governors decided about the complaint. */
public enum PanelDecision {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD
}
