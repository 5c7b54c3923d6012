package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.*;

import java.util.Locale;

/**
 * Enum values as words in a sentence. Most read well lowercased; the rest are names a DSL knows in another
 * spelling (brands, agencies) or need different grammar.
 */
final class Labels {
    private Labels() {
    }

    /**
     * HARM_THRESHOLD → "harm threshold". The stored sentences keep the words they were stored with, so that a rebuild
     * gives what a release before left; the pages give names their capitals (IncidentWords).
     */
    static String words(Enum<?> value) {
        return value == null ? "unspecified" : value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static String category(Category c) {
        if (c == null) {
            return "an incident";
        }
        return switch (c) {
            case STAFF_MISUSE -> "staff misuse of social media";
            case OFFENSIVE_CONTENT -> "offensive, racist or threatening content";
            case INAPPROPRIATE_CONTACT -> "inappropriate contact between staff and pupils";
            case COMPLAINT_ON_SOCIAL_MEDIA -> "complaint aired on social media";
            case CONFIDENTIALITY_BREACH -> "confidentiality or data breach";
            default -> words(c);
        };
    }

    static String platform(Platform p) {
        if (p == null) {
            return "an unspecified platform";
        }
        return switch (p) {
            case FACEBOOK -> "Facebook";
            case X -> "X";
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case YOUTUBE -> "YouTube";
            case LINKEDIN -> "LinkedIn";
            case WHATSAPP -> "WhatsApp";
            case SNAPCHAT -> "Snapchat";
            case ROBLOX -> "Roblox";
            case MINECRAFT -> "Minecraft";
            case OTHER_GAME -> "another game";
            case WEBSITE_COMMENT -> "a website comment";
            case EMAIL -> "email";
            case OTHER -> "another platform";
        };
    }

    /** Starts a sentence: "Written warning issued to ...". */
    static String warningKind(WarningKind k) {
        if (k == null) {
            return "Warning";
        }
        return switch (k) {
            case VERBAL -> "Verbal warning";
            case WRITTEN -> "Written warning";
            case REMOVAL_REQUEST -> "Written request to remove content";
            case FINAL -> "Final warning";
        };
    }

    static String channel(WarningChannel c) {
        if (c == null) {
            return "";
        }
        return switch (c) {
            case LETTER -> "by letter";
            case EMAIL -> "by email";
            case MEETING -> "in a meeting";
            case PHONE -> "by phone";
            case PLATFORM_MESSAGE -> "by platform message";
        };
    }

    static String response(WarningResponse r) {
        return r == WarningResponse.NO_RESPONSE ? "no response by the due date" : words(r);
    }

    static String agency(Agency a) {
        if (a == null) {
            return "another agency";
        }
        return switch (a) {
            case LADO, CEOP, POSH, DBS -> a.name();
            case CHILDRENS_SOCIAL_CARE -> "children's social care";
            case REPORT_HARMFUL_CONTENT -> "Report Harmful Content";
            case PLATFORM -> "the platform";
            case LEGAL_ADVICE -> "legal advice";
            case TRA -> "the Teaching Regulation Agency";
        };
    }
}
