package uk.tidemark.kernel.incident;

/** How a warning was delivered. */
public enum WarningChannel {
    LETTER, EMAIL, MEETING, PHONE, PLATFORM_MESSAGE
}
