package uk.tidemark.kernel.incident;

/** What kind of online-safety incident a case is about (BRIEF.md, built-in list). */
public enum Category {
    DEFAMATION, CYBERBULLYING, STAFF_MISUSE, OFFENSIVE_CONTENT, INAPPROPRIATE_CONTACT, IMAGE_CONSENT_BREACH,
    COMPLAINT_ON_SOCIAL_MEDIA, CONFIDENTIALITY_BREACH, OTHER
}
