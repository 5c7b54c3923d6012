package uk.tidemark.kernel.declaration;

/** An approval sought: what for ({@code kind}), and the member of staff's words on what and why. */
public record ApprovalRequest(ApprovalKind kind, String details) {
}
