package uk.tidemark.kernel.disciplinary;

/** Where an HR disciplinary case stands, after the stages of the ACAS Code of Practice. */
public enum DisciplinaryStage {
    OPENED, INVESTIGATION, HEARING_ARRANGED, HEARING_HELD, OUTCOME, APPEAL, CLOSED
}
