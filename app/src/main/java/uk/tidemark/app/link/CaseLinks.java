package uk.tidemark.app.link;

import uk.tidemark.kernel.CaseType;

/** Where each kind of case (and register record) has its page: the one place links to a case (pages, e-mails, the audit trail) are made. */
public final class CaseLinks {

    private CaseLinks() {
    }

    /** The case's page, as a path from the application's root. */
    public static String path(CaseType type, String caseId) {
        return switch (type) {
            case INCIDENT -> "/cases/" + caseId;
            case DISCIPLINARY -> "/hr/cases/" + caseId;
            case COMPLAINT -> "/complaints/" + caseId;
            case IMAGE_CONSENT -> "/registers/image-consent/" + caseId;
            case OFFICIAL_ACCOUNT -> "/registers/official-accounts/" + caseId;
            case POLICY -> "/policies/" + caseId;
            case DECLARATION -> "/declarations/" + caseId;
            case LOW_LEVEL_CONCERN -> "/low-level-concerns/" + caseId;
            case SUBJECT_ACCESS -> "/subject-access-requests/" + caseId;
            case RECORD_TRANSFER -> "/transfers/" + caseId;
        };
    }

    /** The same, for a case type stored by name (the audit trail's); null for a name that is no case type. */
    public static String path(String typeName, String caseId) {
        for (CaseType type : CaseType.values()) {
            if (type.name().equals(typeName)) {
                return path(type, caseId);
            }
        }
        return null;
    }
}
