package uk.tidemark.kernel.incident;

/** How the warned person responded. NO_RESPONSE is recorded by the system when the due date passes. */
public enum WarningResponse {
    COMPLIED, REFUSED, NO_RESPONSE
}
