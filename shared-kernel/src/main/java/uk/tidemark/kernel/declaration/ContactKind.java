package uk.tidemark.kernel.declaration;

/** What the contact was. */
public enum ContactKind {
    FRIEND_REQUEST, MESSAGE, FOLLOW, OTHER
}
