package uk.tidemark.app.notify;

import uk.tidemark.app.link.CaseLinks;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.ProperNames;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.incident.Category;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The words of a notification, in the inbox and in its e-mail. They name the kind of event, the setting, the
 * deadline once, with its due date written out, and the case once, by its type, reference (decision 0038: a reference
 * says nothing about the case, as the link does not) and, for an incident, its category; and link to the case; never
 * a person, a summary or any other case text, because an e-mail leaves the system's access control (it may be read
 * on a shared screen or forwarded; decision 0043).
 */
final class NotificationTexts {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private NotificationTexts() {
    }

    /** E.g. "Immediate risk reported in Alder School: incident case AS-26-0042", of a case whose category is not known. */
    static String immediateRisk(String settingName, String reference) {
        return immediateRisk(settingName, reference, null);
    }

    /** E.g. "Immediate risk reported in Alder School: incident case AS-26-0042 (cyberbullying)". */
    static String immediateRisk(String settingName, String reference, Category category) {
        return (settingName == null ? "Immediate risk reported" : "Immediate risk reported in " + settingName) + ": "
                + theCase(CaseType.INCIDENT, reference, category);
    }

    /**
     * E.g. "Deadline missed on incident case AS-26-0042 (cyberbullying): the LADO referral was due by Tuesday 26 May
     * 2026, 17:00", UK time; {@code category} null for a case that has none (an HR case, a complaint).
     */
    static String deadlineMissed(DeadlineKind kind, Instant dueAt, CaseType caseType, String reference,
                                 Category category) {
        String text = "Deadline missed on " + theCase(caseType, reference, category) + ": the " + kind.label();
        return dueAt == null ? text + " was not done in time" : text + " was due by " + LondonTimes.fullWithTime(dueAt);
    }

    /** "incident case AS-26-0042 (cyberbullying)", "HR case AS-26-0007", "complaint AS-26-0003". */
    static String theCase(CaseType caseType, String reference, Category category) {
        String type = switch (caseType) {
            case INCIDENT -> "incident case";
            case DISCIPLINARY -> "HR case";
            case COMPLAINT -> "complaint";
            case IMAGE_CONSENT -> "image consent record";
            case OFFICIAL_ACCOUNT -> "official account";
            case POLICY -> "policy";
            case DECLARATION -> "staff declaration";
            case LOW_LEVEL_CONCERN -> "low-level concerns record";
            case SUBJECT_ACCESS -> "subject access request";
            case RECORD_TRANSFER -> "record transfer";
        };
        return type + (reference == null ? "" : " " + reference)
                + (category == null ? "" : " (" + ProperNames.inSentence(category) + ")");
    }

    /** E.g. "New report in Alder School: incident case AS-26-0042 (cyberbullying)". */
    static String newReport(String settingName, String reference, Category category) {
        return (settingName == null ? "New report" : "New report in " + settingName) + ": "
                + theCase(CaseType.INCIDENT, reference, category);
    }

    /** The case's page, as a path from the application's root. */
    static String casePath(CaseType caseType, String caseId) {
        return CaseLinks.path(caseType, caseId);
    }

    /**
     * E.g. "A staff declaration in Alder School: contact on a personal account, to note" (no names: the page, behind
     * sign-in, has them).
     */
    static String declaration(String settingName, boolean approval) {
        return "A staff declaration" + (settingName == null ? "" : " in " + settingName) + ": "
                + (approval ? "a request for approval, to decide" : "contact on a personal account, to note");
    }

    /** E.g. "Reminder: read and acknowledge the Social media policy (version 2) by Friday 18 December 2026, 17:00". */
    static String policyReminder(String title, int version, Instant dueAt) {
        String text = "Reminder: read and acknowledge the policy " + (title == null ? "" : "\u201C" + title + "\u201D ")
                + "(version " + version + ")";
        return dueAt == null ? text : text + " by " + LondonTimes.fullWithTime(dueAt);
    }

    /** E.g. "Tidemark: a deadline was missed, AS-26-0042" when the notification names a case by its reference. */
    static String subject(NotificationKind kind, String reference) {
        String subject = switch (kind) {
            case IMMEDIATE_RISK -> "Tidemark: immediate risk reported";
            case DEADLINE_MISSED -> "Tidemark: a deadline was missed";
            case ROLE_CHANGE -> "Tidemark: a change of case roles";
            case NEW_REPORT -> "Tidemark: a new report";
            case DEADLINE_REMINDER -> "Tidemark: a reminder";
            case DECLARATION -> "Tidemark: a staff declaration";
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
