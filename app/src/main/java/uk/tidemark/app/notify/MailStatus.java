package uk.tidemark.app.notify;

/** What became of a notification's e-mail. */
public enum MailStatus {
    /** Being handed to the mail server; it stays so if the process stopped meanwhile (never retried: at most once). */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** The mail server could not be reached or refused it; the inbox entry stands. */
    FAILED,
    /**
     * No e-mail: mail is not configured ({@code spring.mail.host}), the recipient has no address, or this
     * notification's e-mail went before (an inbox filled again after the read store was lost).
     */
    SKIPPED
}
