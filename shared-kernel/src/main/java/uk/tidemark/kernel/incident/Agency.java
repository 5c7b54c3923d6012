package uk.tidemark.kernel.incident;

/** An agency a case can be referred to. */
public enum Agency {
    LADO, CHILDRENS_SOCIAL_CARE, CEOP, POSH, REPORT_HARMFUL_CONTENT, PLATFORM, LEGAL_ADVICE, DBS, TRA
}
