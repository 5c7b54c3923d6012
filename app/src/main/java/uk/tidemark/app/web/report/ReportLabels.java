package uk.tidemark.app.web.report;

import uk.tidemark.kernel.deadline.DeadlineKind;

import java.util.Locale;
import java.util.Map;

/** The report's enum keys as words for trustees: "CHILDRENS_SOCIAL_CARE" → "Children's social care". */
final class ReportLabels {
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("STAFF_MISUSE", "Staff misuse of social media"),
            Map.entry("OFFENSIVE_CONTENT", "Offensive, racist or threatening content"),
            Map.entry("INAPPROPRIATE_CONTACT", "Inappropriate contact between staff and pupils"),
            Map.entry("IMAGE_CONSENT_BREACH", "Image consent breach"),
            Map.entry("COMPLAINT_ON_SOCIAL_MEDIA", "Complaint aired on social media"),
            Map.entry("CONFIDENTIALITY_BREACH", "Confidentiality or data breach"),
            Map.entry("NEW", "Logged, not triaged"),
            Map.entry("ACTION_TAKEN", "Action taken"),
            Map.entry("ESCALATED", "Escalated or referred"),
            Map.entry("LADO", "LADO"),
            Map.entry("CHILDRENS_SOCIAL_CARE", "Children's social care"),
            Map.entry("CEOP", "CEOP"),
            Map.entry("POSH", "Professionals Online Safety Helpline"),
            Map.entry("DBS", "DBS"),
            Map.entry("TRA", "Teaching Regulation Agency"),
            Map.entry("NO_OUTCOME", "No outcome yet"));

    private ReportLabels() {
    }

    static String of(String key) {
        String special = SPECIAL.get(key);
        if (special != null) {
            return special;
        }
        String words = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What a share of deadlines met measures: "First response within the deadline". */
    static String share(String key) {
        return switch (key) {
            case "FIRST_RESPONSE" -> "First response within the deadline";
            case "LADO_REFERRAL" -> "LADO referral within one working day";
            case "COMPLAINT_TIMESCALES" -> "Complaints handled within their timescales";
            case "REFERRAL_FOLLOW_UP" -> "Referrals followed up in time";
            case "WARNING_RESPONSE" -> "Responses to warnings in time";
            case "HEARING_NOTICE" -> "Disciplinary hearings held by their date";
            case "COMPLAINT_ACKNOWLEDGEMENT" -> "Complaints acknowledged in time";
            case "COMPLAINT_RESPONSE" -> "Formal complaint responses in time";
            case "COMPLAINT_PANEL" -> "Complaint panels held in time";
            default -> deadline(key) + " in time";
        };
    }

    static String deadline(String kind) {
        String label = DeadlineKind.valueOf(kind).label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
