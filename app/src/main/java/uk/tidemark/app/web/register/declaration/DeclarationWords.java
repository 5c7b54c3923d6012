package uk.tidemark.app.web.register.declaration;

import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.declaration.*;
import uk.tidemark.kernel.incident.Platform;

import java.util.Arrays;
import java.util.List;

/** The words of a declaration's values, as pages and the incident's summary show them (never the enum names). */
final class DeclarationWords {

    private DeclarationWords() {
    }

    static String from(ContactFrom from) {
        return switch (from) {
            case PUPIL -> "a pupil";
            case EX_PUPIL -> "an ex-pupil";
            case PARENT -> "a parent or carer";
        };
    }

    static String contactKind(ContactKind kind) {
        return switch (kind) {
            case FRIEND_REQUEST -> "a friend request";
            case MESSAGE -> "a message";
            case FOLLOW -> "a follow";
            case OTHER -> "contact";
        };
    }

    static String approvalKind(ApprovalKind kind) {
        return switch (kind) {
            case ORGANISATION_NAME -> "To use the organisation's name";
            case WORK_ACCOUNT -> "To run a work-related site or account";
        };
    }

    static String platform(Platform platform) {
        return switch (platform) {
            case X -> "X";
            case TIKTOK -> "TikTok";
            case YOUTUBE -> "YouTube";
            case LINKEDIN -> "LinkedIn";
            case WHATSAPP -> "WhatsApp";
            case OTHER_GAME -> "another game";
            case WEBSITE_COMMENT -> "a website's comments";
            case EMAIL -> "email";
            case OTHER -> "another platform";
            default -> platform.name().charAt(0) + platform.name().substring(1).toLowerCase();
        };
    }

    static String state(DeclarationState state) {
        return switch (state) {
            case DECLARED -> "Waiting to be noted";
            case NOTED -> "Noted";
            case INCIDENT_LOGGED -> "Now an incident";
            case AWAITING_DECISION -> "Waiting for a decision";
            case APPROVED -> "Approved";
            case REFUSED -> "Refused";
        };
    }

    static String kind(DeclarationKind kind) {
        return kind == DeclarationKind.CONTACT ? "Contact on a personal account" : "Request for approval";
    }

    static List<Choice> fromChoices() {
        return Arrays.stream(ContactFrom.values()).map(f -> new Choice(f.name(), capital(from(f)))).toList();
    }

    static List<Choice> contactKindChoices() {
        return Arrays.stream(ContactKind.values()).map(k -> new Choice(k.name(),
                k == ContactKind.OTHER ? "Other contact" : capital(contactKind(k)))).toList();
    }

    static List<Choice> platformChoices() {
        return Arrays.stream(Platform.values()).map(p -> new Choice(p.name(), capital(platform(p)))).toList();
    }

    static List<Choice> approvalKindChoices() {
        return Arrays.stream(ApprovalKind.values()).map(k -> new Choice(k.name(), approvalKind(k))).toList();
    }

    static List<Choice> kindChoices() {
        return Arrays.stream(DeclarationKind.values()).map(k -> new Choice(k.name(), kind(k))).toList();
    }

    static String capital(String words) {
        String w = words.startsWith("a ") ? words.substring(2) : words.startsWith("an ") ? words.substring(3) : words;
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
