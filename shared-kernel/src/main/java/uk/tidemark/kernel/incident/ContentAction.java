package uk.tidemark.kernel.incident;

/** An action taken on the online content itself. */
public enum ContentAction {
    POST_DELETED, POST_HIDDEN, USER_BLOCKED, REPORTED_TO_PLATFORM, REMOVAL_REQUESTED, ACCESS_RESTRICTED
}
