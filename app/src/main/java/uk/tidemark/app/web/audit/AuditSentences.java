package uk.tidemark.app.web.audit;

import tools.jackson.databind.JsonNode;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.kernel.ProperNames;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An audit entry as a sentence a headteacher reads ("Dee Ess opened case RP-26-0042", "Tom Brierley was refused
 * case RP-26-0042"), derived when the page is shown: the stored entry, and so the hash chain, keeps its shape
 * (issue 16). People by their display names, cases by their references.
 */
final class AuditSentences {

    /** What each kind of event did to its case: {@code %s} is the case ("case RP-26-0042"). */
    static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("IncidentLogged", "logged %s"),
            Map.entry("IncidentTriaged", "triaged %s"),
            Map.entry("IncidentAssigned", "changed the owner of %s"),
            Map.entry("NoteAdded", "added a note to %s"),
            Map.entry("EvidenceRecorded", "recorded evidence on %s"),
            Map.entry("WarningIssued", "recorded a warning on %s"),
            Map.entry("WarningResponseRecorded", "recorded the response to a warning on %s"),
            Map.entry("EscalatedToPolice", "escalated %s to the police"),
            Map.entry("PoliceUpdateRecorded", "recorded a police update on %s"),
            Map.entry("ReferredToAgency", "referred %s to another agency"),
            Map.entry("ReferralAcknowledged", "recorded an agency's acknowledgement on %s"),
            Map.entry("DisciplinaryReferralMade", "referred %s to HR"),
            Map.entry("ComplaintReferralMade", "redirected %s to the complaints procedure"),
            Map.entry("ContentActionRecorded", "recorded an action on online content on %s"),
            Map.entry("PersonAddedToCase", "added a person to %s"),
            Map.entry("PersonCorrected", "corrected a person's details on %s"),
            Map.entry("PersonLinkedToUser", "linked a person on %s to their Tidemark account"),
            Map.entry("CategoryChanged", "changed the kind of concern of %s"),
            Map.entry("ReportAmended", "amended the report of %s"),
            Map.entry("IncidentClosed", "closed %s"),
            Map.entry("IncidentReopened", "reopened %s"),
            Map.entry("IncidentReferenceAssigned", "gave %s its reference"),
            Map.entry("RetentionScheduled", "set the retention review of %s"),
            Map.entry("RetentionExtended", "kept %s beyond its retention review"),
            Map.entry("LegalHoldPlaced", "placed a legal hold on %s"),
            Map.entry("LegalHoldLifted", "lifted the legal hold on %s"),
            Map.entry("DestructionRequested", "asked for the personal content of %s to be destroyed"),
            Map.entry("IncidentContentDestroyed", "confirmed the destruction of the personal content of %s"),
            Map.entry("CaseBundleExported", "exported a verifiable copy of %s"),
            Map.entry("DisciplinaryCaseOpened", "started %s"),
            Map.entry("DisciplinaryCaseReferenceAssigned", "gave %s its reference"),
            Map.entry("InvestigatorAppointed", "appointed the investigator of %s"),
            Map.entry("InvestigationFindingsRecorded", "recorded the investigation's findings on %s"),
            Map.entry("InvitedToHearing", "recorded the invitation to a hearing on %s"),
            Map.entry("HearingHeld", "recorded the hearing of %s"),
            Map.entry("OutcomeDecided", "recorded the outcome of %s"),
            Map.entry("AppealLodged", "recorded an appeal on %s"),
            Map.entry("AppealDecided", "recorded the appeal's outcome on %s"),
            Map.entry("AppealWindowClosed", "closed the appeal window of %s"),
            Map.entry("BarringReferralDecisionRecorded", "recorded the decision on a barring referral on %s"),
            Map.entry("ResignationRecorded", "recorded a resignation on %s"),
            Map.entry("WarningExpired", "recorded that a warning on %s expired"),
            Map.entry("DisciplinaryCaseClosed", "closed %s"),
            Map.entry("ComplaintReceived", "recorded %s"),
            Map.entry("ComplaintReferenceAssigned", "gave %s its reference"),
            Map.entry("ComplaintAcknowledged", "acknowledged %s"),
            Map.entry("ComplaintResolvedInformally", "resolved %s informally"),
            Map.entry("EscalatedToFormalStage", "moved %s to the formal stage"),
            Map.entry("FormalResponseRecorded", "recorded the formal response to %s"),
            Map.entry("PanelRequested", "recorded a request for a panel on %s"),
            Map.entry("PanelHearingRecorded", "recorded the panel hearing of %s"),
            Map.entry("PanelDecisionRecorded", "recorded the panel's decision on %s"),
            Map.entry("ComplaintWithdrawn", "recorded that %s was withdrawn"),
            Map.entry("ComplaintClosed", "closed %s"));

    /** An administrator's change, by its {@code what}: {@code %s} is the account it was about, where it names one. */
    static final Map<String, String> ADMIN = Map.ofEntries(
            Map.entry("USER_CREATED", "created an account for %s"),
            Map.entry("USER_ACCESS_CHANGED", "changed the roles or settings of %s"),
            Map.entry("USER_ENABLED", "enabled the account of %s"),
            Map.entry("USER_DISABLED", "disabled the account of %s"),
            Map.entry("PASSWORD_RESET", "reset the password of %s"),
            Map.entry("SECOND_FACTOR_RESET", "reset the two-factor sign-in of %s"),
            Map.entry("ROLE_GRANT_REQUESTED", "asked for a role change for %s"),
            Map.entry("ROLE_GRANT_CONFIRMED", "confirmed a role change for %s"),
            Map.entry("ROLE_GRANT_DECLINED", "declined a role change for %s"),
            Map.entry("ROLE_GRANT_WITHDRAWN", "withdrew a role change for %s"));

    static final Map<String, String> ACCOUNT = Map.of(
            "PASSWORD_CHANGED", "changed their password",
            "PASSWORD_CHANGE_REFUSED", "was refused a password change (the current password was wrong)",
            "RECOVERY_CODES_MADE", "made new recovery codes",
            "RECOVERY_CODE_USED", "signed in with a recovery code",
            "RECOVERY_CODES_REFUSED", "was refused new recovery codes (the current password was wrong)");

    private AuditSentences() {
    }

    /**
     * @param nameOf  a username's display name
     * @param caseOf  a case's words by id ("case RP-26-0042"), from the type when its reference is not known
     */
    static String of(AuditController.EntryView e, Function<String, String> nameOf, Function<String, String> caseOf) {
        String who = e.actor() == null ? "Tidemark" : nameOf.apply(e.actor());
        String theCase = e.caseId() == null ? null : caseOf.apply(e.caseId());
        JsonNode details = e.details();
        String what = e.what() == null ? "" : e.what();
        switch (e.kind() == null ? "" : e.kind()) {
            case "EVENT" -> {
                return event(who, what, theCase == null ? "a case" : theCase, details, e.actor() == null);
            }
            case "READ" -> {
                if (theCase != null) {
                    if (details != null && details.has("cases")) {
                        long n = details.path("cases").asLong();
                        return who + " saw " + theCase + (n > 1 ? " in a list of " + n + " cases" : " in a list");
                    }
                    if (details != null && details.has("results")) {
                        return who + " read the chronology of " + theCase;
                    }
                    return who + " opened " + theCase;
                }
                if (details != null && details.has("report")) {
                    return who + " read the " + ProperNames.inSentence(details.path("report").asString()) + " report";
                }
                long n = details == null ? 0 : details.path("results").asLong();
                return who + " looked at a list (" + (n == 1 ? "1 item" : n + " items") + ")";
            }
            case "ACCESS_DENIED" -> {
                return who + " was refused " + (theCase != null ? theCase : "a page their role does not allow");
            }
            case "SIGN_IN" -> {
                return who + " signed in";
            }
            case "SIGN_IN_FAILED" -> {
                String why = switch (details == null ? "" : details.path("reason").asString("")) {
                    case "BAD_CREDENTIALS" -> " (wrong username or password)";
                    case "ADDRESS_LIMITED" -> " (too many failed attempts from one address)";
                    case "" -> "";
                    default -> " (" + ProperNames.inSentence(details.path("reason").asString()) + ")";
                };
                return (e.actor() == null ? "A sign-in with an unknown username was refused"
                        : "A sign-in as " + who + " was refused") + why;
            }
            case "SESSION_ENDED" -> {
                return who + "'s session was ended because their account had changed";
            }
            case "ACCOUNT" -> {
                return who + " " + ACCOUNT.getOrDefault(what, "changed their account (" + ProperNames.inSentence(what)
                        + ")");
            }
            case "ADMIN" -> {
                return who + " " + admin(what, details, nameOf);
            }
            default -> {
                return who + ": " + ProperNames.inSentence(what);
            }
        }
    }

    private static String event(String who, String type, String theCase, JsonNode details, boolean automatic) {
        if (type.startsWith("Deadline")) {
            String kind = deadlineKind(details);
            String deadline = "the " + (kind == null ? "" : kind + " ") + "deadline of " + theCase;
            return switch (type) {
                case "DeadlineSet" -> (automatic ? "Tidemark" : who) + " set " + deadline;
                case "DeadlineMet" -> capitalised(deadline) + " was met";
                case "DeadlineMissed" -> capitalised(deadline) + " was missed";
                case "DeadlineCancelled" -> capitalised(deadline) + " was cancelled";
                default -> capitalised(deadline) + ": " + words(type);
            };
        }
        String did = EVENTS.get(type);
        return who + " " + (did != null ? String.format(Locale.ROOT, did, theCase)
                : "recorded \u201c" + words(type) + "\u201d on " + theCase);
    }

    private static String admin(String what, JsonNode details, Function<String, String> nameOf) {
        String template = ADMIN.get(what);
        String username = details == null ? "" : details.path("username").asString("");
        if (template != null && !username.isEmpty()) {
            return String.format(Locale.ROOT, template, nameOf.apply(username));
        }
        if ("CALENDAR_DAY_ADDED".equals(what) || "CALENDAR_DAY_REMOVED".equals(what)) {
            String day = day(details == null ? "" : details.path("date").asString(""));
            return ("CALENDAR_DAY_ADDED".equals(what) ? "closed " + day + " on the calendar"
                    : "opened " + day + " again on the calendar");
        }
        return "made an administrative change: " + ProperNames.inSentence(what);
    }

    private static String deadlineKind(JsonNode details) {
        String name = details == null ? "" : details.path("deadlineKind").asString("");
        try {
            return name.isEmpty() ? null : DeadlineKind.valueOf(name).label();
        } catch (IllegalArgumentException unknown) {
            return ProperNames.inSentence(name);
        }
    }

    private static String day(String iso) {
        try {
            return LondonTimes.day(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return "a day";
        }
    }

    /** "IncidentLogged" → "incident logged". */
    static String words(String type) {
        return type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ENGLISH);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
