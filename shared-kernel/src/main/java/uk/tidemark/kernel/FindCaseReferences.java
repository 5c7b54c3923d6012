package uk.tidemark.kernel;

import java.util.Set;

/**
 * The references of cases of any type ({@code RP-26-0042}, decision 0038), by id, and the ids of cases by reference:
 * answers a list of {@link CaseReference}, one per case found. Lets a page that holds only ids (the audit trail)
 * name each case as people do, and a reader search by the reference they know. Says nothing else of the case:
 * whoever asks decides what the reader may see.
 */
public record FindCaseReferences(Set<String> caseIds, Set<String> references) {

    public FindCaseReferences {
        caseIds = caseIds == null ? Set.of() : Set.copyOf(caseIds);
        references = references == null ? Set.of() : Set.copyOf(references);
    }

    /** A case's id and reference (null until a case logged before references was given one). */
    public record CaseReference(String caseId, String reference) {
    }
}
