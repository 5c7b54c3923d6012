package uk.tidemark.kernel.letter;

import uk.tidemark.kernel.CaseType;

/**
 * The letters HR and complaints officers must send (issue 16, item 11), each generated from its case as a PDF from a
 * template an administrator can edit, and recorded in the case's history when sent.
 */
public enum LetterKind {
    INVESTIGATION_MEETING_INVITATION(CaseType.DISCIPLINARY, "Invitation to an investigation meeting"),
    HEARING_INVITATION(CaseType.DISCIPLINARY, "Invitation to a disciplinary hearing"),
    DISCIPLINARY_OUTCOME(CaseType.DISCIPLINARY, "Outcome of the disciplinary hearing"),
    APPEAL_OUTCOME(CaseType.DISCIPLINARY, "Outcome of the appeal"),
    COMPLAINT_ACKNOWLEDGEMENT(CaseType.COMPLAINT, "Acknowledgement of the complaint"),
    COMPLAINT_RESPONSE(CaseType.COMPLAINT, "Written response to the complaint"),
    PANEL_DECISION(CaseType.COMPLAINT, "Decision of the complaint panel");

    private final CaseType caseType;
    private final String title;

    LetterKind(CaseType caseType, String title) {
        this.caseType = caseType;
        this.title = title;
    }

    /** The kind of case the letter is sent from. */
    public CaseType caseType() {
        return caseType;
    }

    /** The letter's title, as its heading and the case's history name it. */
    public String title() {
        return title;
    }

    /** The letter's name in a path: {@code hearing-invitation}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind a path names, or null. */
    public static LetterKind ofSlug(String slug) {
        for (LetterKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
