package uk.tidemark.app.notify;

import uk.tidemark.app.link.CaseLinks;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The words of a notification, in the inbox and in its e-mail. They name the kind of event, the setting, the
 * deadline and the case's reference (decision 0038: a reference says nothing about the case, as the link does not),
 * and link to the case; never a person, a summary or any other case text, because an e-mail leaves the system's
 * access control (it may be read on a shared screen or forwarded).
 */
final class NotificationTexts {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private NotificationTexts() {
    }

    /** E.g. "Immediate risk reported in Alder School, case AS-26-0042". */
    static String immediateRisk(String settingName, String reference) {
        String text = settingName == null ? "Immediate risk reported" : "Immediate risk reported in " + settingName;
        return reference == null ? text : text + ", case " + reference;
    }

    /** E.g. "New report in Alder School, case AS-26-0042". */
    static String newReport(String settingName, String reference) {
        String text = settingName == null ? "New report" : "New report in " + settingName;
        return reference == null ? text : text + ", case " + reference;
    }

    /** E.g. "Deadline missed: LADO referral (due Tuesday 26 May 2026, 17:00), case AS-26-0042", UK time. */
    static String deadlineMissed(DeadlineKind kind, Instant dueAt, String reference) {
        String text = "Deadline missed: " + kind.label();
        text = dueAt == null ? text : text + " (due " + LondonTimes.fullWithTime(dueAt) + ")";
        return reference == null ? text : text + ", case " + reference;
    }

    /** The case's page, as a path from the application's root. */
    static String casePath(CaseType caseType, String caseId) {
        return CaseLinks.path(caseType, caseId);
    }

    /** E.g. "Tidemark: a deadline was missed, AS-26-0042" when the notification names a case by its reference. */
    static String subject(NotificationKind kind, String reference) {
        String subject = switch (kind) {
            case IMMEDIATE_RISK -> "Tidemark: immediate risk reported";
            case DEADLINE_MISSED -> "Tidemark: a deadline was missed";
            case ROLE_CHANGE -> "Tidemark: a change of case roles";
            case NEW_REPORT -> "Tidemark: a new report";
        };
        return reference == null ? subject : subject + ", " + reference;
    }

    /** @param linkBase the application's public address (may be empty: the link is then a bare path) */
    static String body(String text, CaseType caseType, String caseId, String linkBase) {
        String base = linkBase == null ? "" : linkBase.replaceAll("/+$", "");
        return text + ".\n\n"
                + "Open the case in Tidemark: " + base + casePath(caseType, caseId) + "\n\n"
                + "This message carries no case details on purpose; sign in to Tidemark to see them.\n";
    }

    /** A notification about no case (a role change): its words, and the page it leads to when there is one. */
    static String body(String text, String path, String linkBase) {
        String base = linkBase == null ? "" : linkBase.replaceAll("/+$", "");
        return text + ".\n\n" + (path == null ? "Sign in to Tidemark to see it.\n"
                : "See it in Tidemark: " + base + path + "\n");
    }
}
