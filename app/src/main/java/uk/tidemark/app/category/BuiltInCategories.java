package uk.tidemark.app.category;

import uk.tidemark.kernel.incident.Category;

/** The nine built-in categories as people write them (BRIEF.md), wherever a page or an export names one. */
public final class BuiltInCategories {

    private BuiltInCategories() {
    }

    public static String words(Category category) {
        return category == null ? "" : switch (category) {
            case DEFAMATION -> "Defamation";
            case CYBERBULLYING -> "Cyberbullying";
            case STAFF_MISUSE -> "Staff misuse of social media";
            case OFFENSIVE_CONTENT -> "Offensive, racist or threatening content";
            case INAPPROPRIATE_CONTACT -> "Inappropriate contact between staff and pupils";
            case IMAGE_CONSENT_BREACH -> "Image consent breach";
            case COMPLAINT_ON_SOCIAL_MEDIA -> "Complaint on social media";
            case CONFIDENTIALITY_BREACH -> "Confidentiality or data breach";
            case OTHER -> "Other";
        };
    }
}
